import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/server/platform/prisma";
import { releaseSchema, takeSchema } from "./postgres-schemas";

export type TestDbKind = "sqlite" | "postgresql";

/**
 * Which database this run tests against: SQLite (vitest.config.ts) or PostgreSQL
 * (vitest.postgres.config.ts, the same suites on a PostgreSQL server).
 */
export function testDbKind(): TestDbKind {
  return inject("dbKind");
}

/**
 * A fresh, migrated, empty database for one test: on SQLite a copy of the run's template file; on
 * PostgreSQL this test file's own schema, emptied again when the test cleans up.
 */
export function freshDb(): { db: PrismaClient; url: string; cleanup: () => Promise<void> } {
  if (testDbKind() === "postgresql") {
    const url = takeSchema();
    const db = createPrismaClient(url, { poolSize: 4 });
    return {
      db,
      url,
      cleanup: async () => {
        await db.$disconnect();
        await releaseSchema(url);
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coldstart-db-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(inject("templateDb"), file);
  const url = `file:${file}`;
  const db = createPrismaClient(url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
