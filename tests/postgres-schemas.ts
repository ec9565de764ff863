// The PostgreSQL side of freshDb(): each test file gets its own schema in the run's database
// (tests/global-setup-postgres.ts), migrated by the production runner before the file's tests
// start (tests/setup-postgres.ts), and emptied after each test, so every test starts from an
// empty, migrated database as on SQLite, without creating a database per test (each CREATE and
// DROP DATABASE forces a checkpoint).
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { postgresTarget } from "@/lib/server/platform/database-url";
import { MIGRATIONS_TABLE, migratePostgres } from "@/lib/server/platform/pg-migrations";

const free: string[] = [];
const all: string[] = [];
let admin: pg.Client | undefined;
let seq = 0;

/** A URL for a new schema of the run's database, unique across the run's processes. */
export function newSchemaUrl(prefix: string): string {
  const u = new URL(inject("postgresRunUrl"));
  u.searchParams.set("schema", `${prefix}_${process.pid}_${++seq}`);
  return u.toString();
}

/** Creates and migrates this file's schemas (in a beforeAll: freshDb() itself is synchronous). */
export async function prepareSchemas(count: number): Promise<void> {
  while (all.length < count) {
    const url = newSchemaUrl("t");
    await migratePostgres(url, path.join(process.cwd(), "prisma", "postgresql", "migrations"));
    all.push(url);
    free.push(url);
  }
}

/** A migrated, empty schema for one test; freshDb() returns it with releaseSchema as cleanup. */
export function takeSchema(): string {
  const url = free.pop();
  if (!url) {
    throw new Error(
      all.length === 0
        ? "no PostgreSQL schema prepared: run PostgreSQL tests with vitest.postgres.config.ts (tests/setup-postgres.ts)"
        : `this file holds ${all.length} fresh databases at once; raise SCHEMAS_PER_FILE in tests/setup-postgres.ts`,
    );
  }
  return url;
}

/** Empties a schema's tables (the migration record stays) and makes it available again. */
export async function releaseSchema(url: string): Promise<void> {
  const { connectionString, schema } = postgresTarget(url);
  if (!admin) {
    admin = new pg.Client({ connectionString });
    await admin.connect();
  }
  const { rows } = await admin.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename <> $2",
    [schema, MIGRATIONS_TABLE],
  );
  if (rows.length > 0) {
    await admin.query(`TRUNCATE ${rows.map((r) => `"${schema}"."${r.tablename}"`).join(", ")} CASCADE`);
  }
  free.push(url);
}

/** Closes the connection that empties schemas (the run's database is dropped at the end). */
export async function closeSchemas(): Promise<void> {
  await admin?.end();
  admin = undefined;
}
