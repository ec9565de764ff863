// The schema drift test: the SQLite and the PostgreSQL migration histories, each replayed from
// empty, must produce the same schema (tables, columns with their type class, nullability and
// default, primary keys, indexes with their uniqueness, foreign keys), and PostgreSQL's enums must
// be schema.prisma's. So no schema change can land with only one of its two migrations.
// Needs a PostgreSQL server: the PostgreSQL run only (vitest.postgres.config.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as enums from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { postgresTarget } from "@/lib/server/platform/database-url";
import { applyMigrations, readMigrations, withMigrationLock } from "@/lib/server/platform/pg-migrations";
import { PG_MIGRATIONS, SQLITE_MIGRATIONS } from "@/scripts/pg-schema";
import { postgresCatalog, postgresEnums, sqliteCatalog, type Catalog } from "@/tests/catalog";
import { newSchemaUrl } from "@/tests/postgres-schemas";

const root = process.cwd();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coldstart-drift-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Replays the SQLite migrations (as prisma migrate deploy runs them) into a new file, plus `extra`. */
function replaySqlite(extra = ""): Catalog {
  const db = new Database(path.join(dir, `replay-${Math.random().toString(36).slice(2)}.db`));
  try {
    for (const m of readMigrations(path.join(root, SQLITE_MIGRATIONS))) db.exec(m.sql);
    if (extra) db.exec(extra);
    return sqliteCatalog(db);
  } finally {
    db.close();
  }
}

/** Replays the PostgreSQL migrations with the production runner into a new schema, plus `extra`. */
async function replayPostgres(extra = ""): Promise<{ catalog: Catalog; enums: Record<string, string[]> }> {
  const url = newSchemaUrl("drift");
  const { schema } = postgresTarget(url);
  return withMigrationLock(url, async (client: pg.Client) => {
    await applyMigrations(client, readMigrations(path.join(root, PG_MIGRATIONS)));
    if (extra) await client.query(extra);
    return { catalog: await postgresCatalog(client, schema), enums: await postgresEnums(client, schema) };
  });
}

let sqlite: Catalog;
let postgres: { catalog: Catalog; enums: Record<string, string[]> };
beforeAll(async () => {
  sqlite = replaySqlite();
  postgres = await replayPostgres();
});

describe("the SQLite and PostgreSQL migration histories", () => {
  it("produce every model of schema.prisma, and no other table", () => {
    const models = Object.values(Prisma.ModelName).sort();
    expect(Object.keys(sqlite).sort()).toEqual(models);
    expect(Object.keys(postgres.catalog).sort()).toEqual(models);
  });

  it("produce the same columns, keys, indexes and foreign keys", () => {
    expect(postgres.catalog).toEqual(sqlite);
  });

  it("give PostgreSQL exactly schema.prisma's enums, values in order", () => {
    const expected = Object.fromEntries(
      Object.entries(enums)
        .filter(([, v]) => typeof v === "object")
        .map(([name, values]) => [name, Object.values(values as Record<string, string>)]),
    );
    expect(postgres.enums).toEqual(expected);
  });
});

// The comparison itself must notice drift, or the test above could pass on anything.
describe("the comparison", () => {
  it("notices a column that only the PostgreSQL history adds", async () => {
    const drifted = await replayPostgres(`ALTER TABLE "User" ADD COLUMN "drift_probe" TEXT`);
    expect(drifted.catalog).not.toEqual(sqlite);
    expect(drifted.catalog.User!.columns.drift_probe).toEqual({ type: "text", nullable: true, default: null });
  });

  it("notices a difference in nullability, uniqueness or a default on one side", () => {
    expect(replaySqlite(`CREATE UNIQUE INDEX "User_drift_probe_key" ON "User"("email", "name")`)).not.toEqual(
      postgres.catalog,
    );
    expect(replaySqlite(`ALTER TABLE "User" ADD COLUMN "drift_probe" TEXT NOT NULL DEFAULT ''`)).not.toEqual(
      postgres.catalog,
    );
  });

  it("notices an enum value that only schema.prisma has", async () => {
    const drifted = await replayPostgres(`ALTER TYPE "Role" RENAME VALUE 'ADMIN' TO 'OWNER'`);
    expect(drifted.enums.Role).toEqual(["STUDENT", "INSTRUCTOR", "OWNER"]);
    expect(drifted.enums).not.toEqual(postgres.enums);
  });
});
