// The PostgreSQL migration runner. Prisma 6.19's `migrate deploy` cannot apply migrations through
// the pg driver adapter (Prisma issue 27403) and its native schema engine cannot be downloaded
// here, so the committed PostgreSQL migrations (prisma/postgresql/migrations, generated from the
// SQLite ones by scripts/db-pg-migrations.ts) are applied by this small runner over `pg`.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { postgresTarget } from "./database-url";

export type Migration = { name: string; sql: string; checksum: string };
export type MigrationResult = {
  applied: string[];
  /** Recorded in the database but not among this release's files (a newer release migrated it). */
  unknown: string[];
};

/** Where the runner records what it applied: one row per migration, with the file's checksum. */
export const MIGRATIONS_TABLE = "_coldstart_migrations";
/** The advisory lock class that lets one process at a time migrate (and seed) a schema. */
const LOCK_CLASS = 42_072_026;

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

/** sha256 of a migration's SQL, line endings normalised (a CRLF checkout is the same file). */
export function checksumOf(sql: string): string {
  return crypto.createHash("sha256").update(sql.replace(/\r\n/g, "\n")).digest("hex");
}

/** The committed migrations in the order they apply (folder names start with a timestamp). */
export function readMigrations(dir: string): Migration[] {
  if (!fs.existsSync(dir)) throw new MigrationError(`no migrations folder at ${dir}`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d/.test(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}

/** Connects to a PostgreSQL URL; names the server (never the password) when it cannot. */
export async function connect(url: string): Promise<{ client: pg.Client; schema: string }> {
  const { connectionString, schema } = postgresTarget(url);
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
  } catch (e) {
    const where = new URL(connectionString);
    throw new MigrationError(`cannot connect to PostgreSQL at ${where.host}${where.pathname}: ${(e as Error).message}`);
  }
  return { client, schema };
}

/**
 * Runs `fn` holding the schema's migration lock on one connection whose search path starts with
 * the URL's schema (`?schema=`, default public; created if missing), so app servers starting
 * together migrate and seed one after another instead of racing (the others wait, then find
 * nothing left to do).
 */
export async function withMigrationLock<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const { client, schema } = await connect(url);
  try {
    await client.query("SELECT pg_advisory_lock($1, hashtext($2))", [LOCK_CLASS, schema]);
    try {
      // Under the lock: CREATE SCHEMA IF NOT EXISTS itself races when run concurrently.
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await client.query(`SET search_path TO "${schema}"`);
      return await fn(client);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1, hashtext($2))", [LOCK_CLASS, schema]);
    }
  } finally {
    await client.end();
  }
}

/**
 * Applies the migrations not yet recorded, in order, each in its own transaction together with
 * its record, so a failed migration leaves nothing behind and is retried next time. Refuses to
 * apply anything when a recorded migration's file has changed since it was applied: the database
 * would no longer match the files. Call it holding the migration lock.
 */
export async function applyMigrations(client: pg.ClientBase, migrations: Migration[]): Promise<MigrationResult> {
  await client.query(
    `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (
       name text PRIMARY KEY,
       checksum text NOT NULL,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
  );
  const { rows } = await client.query<{ name: string; checksum: string }>(
    `SELECT name, checksum FROM "${MIGRATIONS_TABLE}" ORDER BY name`,
  );
  const files = new Map(migrations.map((m) => [m.name, m]));
  const changed = rows.filter((r) => files.has(r.name) && files.get(r.name)!.checksum !== r.checksum);
  if (changed.length > 0) {
    throw new MigrationError(
      `refusing to migrate: ${changed.map((r) => r.name).join(", ")} changed after ${changed.length > 1 ? "they were" : "it was"} applied ` +
        `(checksum in ${MIGRATIONS_TABLE} differs from the file). Restore the committed file; a schema change needs a new migration.`,
    );
  }
  const done = new Set(rows.map((r) => r.name));
  const applied: string[] = [];
  for (const m of migrations) {
    if (done.has(m.name)) continue;
    await client.query("BEGIN");
    try {
      await client.query(m.sql);
      await client.query(`INSERT INTO "${MIGRATIONS_TABLE}" (name, checksum) VALUES ($1, $2)`, [m.name, m.checksum]);
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw new MigrationError(`migration ${m.name} failed and was rolled back: ${(e as Error).message}`);
    }
    applied.push(m.name);
  }
  return { applied, unknown: rows.map((r) => r.name).filter((n) => !files.has(n)) };
}

/** Applies the committed PostgreSQL migrations in `dir` to the database at `url`. */
export function migratePostgres(url: string, dir: string): Promise<MigrationResult> {
  return withMigrationLock(url, (client) => applyMigrations(client, readMigrations(dir)));
}
