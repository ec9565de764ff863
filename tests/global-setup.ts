import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrate } from "@/scripts/db-prepare";

// Migrates one template SQLite database per test run, as npm start does (committed migrations,
// then WAL mode); each test copies it (tests/db.ts), so integration tests run against real
// SQLite configured as in production.
export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coldstart-test-"));
  const file = path.join(dir, "template.db");
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = `file:${file}`;
  try {
    migrate(process.cwd());
  } finally {
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
  }
  project.provide("dbKind", "sqlite");
  project.provide("templateDb", file);
  project.provide("postgresRunUrl", "");
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    /** Which database the run's integration tests use (tests/db.ts). */
    dbKind: "sqlite" | "postgresql";
    /** SQLite: the migrated template each test copies. */
    templateDb: string;
    /** PostgreSQL: the run's own database; each test file gets a schema in it (tests/postgres-schemas.ts). */
    postgresRunUrl: string;
  }
}
