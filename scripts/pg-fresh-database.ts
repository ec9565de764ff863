// `tsx scripts/pg-fresh-database.ts [--drop] <name>`: drops and recreates (or only drops) a database on the server
// named by COLDSTART_POSTGRES_URL, for the two-server e2e run (playwright.postgres.config.ts) and
// the PostgreSQL bench. Only names starting with coldstart_ are accepted, so a typo cannot drop
// anything else on a shared server.
import pg from "pg";
import { withDatabaseName } from "@/lib/server/platform/database-url";

/**
 * The PostgreSQL server the PostgreSQL tests, the two-server e2e run and the PostgreSQL bench use:
 * COLDSTART_POSTGRES_URL, a URL to an existing database (e.g. `postgres`) for a role that may
 * create databases (.ci/run sets it up). They create their own `coldstart_*` databases there.
 */
export function postgresAdminUrl(): string {
  const url = process.env.COLDSTART_POSTGRES_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(
      "COLDSTART_POSTGRES_URL is not set to a postgresql:// URL (e.g. postgresql://coldstart:coldstart@127.0.0.1:5432/postgres); see docs/postgresql.md",
    );
  }
  return url;
}

/** Recreates `name` empty and returns its URL (same server and role as COLDSTART_POSTGRES_URL). */
export async function freshPostgresDatabase(name: string): Promise<string> {
  if (!/^coldstart_[a-z0-9_]{1,50}$/.test(name))
    throw new Error(`refusing database name "${name}": use coldstart_[a-z0-9_]+`);
  const adminUrl = postgresAdminUrl();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return withDatabaseName(adminUrl, name);
}

/** Drops `name` (after a run), closing any connection still open to it. */
export async function dropPostgresDatabase(name: string): Promise<void> {
  if (!/^coldstart_[a-z0-9_]{1,50}$/.test(name)) throw new Error(`refusing database name "${name}"`);
  const admin = new pg.Client({ connectionString: postgresAdminUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

if (process.argv[1]?.endsWith("pg-fresh-database.ts")) {
  const drop = process.argv[2] === "--drop";
  const name = process.argv[drop ? 3 : 2] ?? "";
  (drop ? dropPostgresDatabase(name) : freshPostgresDatabase(name)).then(
    () => console.log(`[coldstart] ${drop ? "dropped" : "fresh"} PostgreSQL database ${name}`),
    (e: unknown) => {
      console.error(`[coldstart] ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}
