import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "@/scripts/db-prepare";

// Migrates one template SQLite database per test run, as npm start does (committed migrations,
// then WAL mode); each test copies it (tests/db.ts), so integration tests run against real
// SQLite configured as in production.
export default function setup({ provide }: { provide: (key: "templateDb", value: string) => void }) {
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
  provide("templateDb", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}
