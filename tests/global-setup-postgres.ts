import pg from "pg";
import type { TestProject } from "vitest/node";
import { withDatabaseName } from "@/lib/server/platform/database-url";
import { postgresAdminUrl } from "@/scripts/pg-fresh-database";

// The PostgreSQL run (vitest.postgres.config.ts): one database for the whole run on the server
// named by COLDSTART_POSTGRES_URL, dropped at the end; each test file migrates its own schema in
// it with the production runner (tests/postgres-schemas.ts).
export default async function setup(project: TestProject) {
  const adminUrl = postgresAdminUrl();
  const name = `coldstart_test_${Date.now().toString(36)}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  // Durability of the last commits after a crash does not matter for a test database; commits
  // that skip the WAL flush keep the run from waiting on the disk.
  const runUrl = new URL(withDatabaseName(adminUrl, name));
  runUrl.searchParams.set("options", "-c synchronous_commit=off");
  project.provide("dbKind", "postgresql");
  project.provide("postgresRunUrl", runUrl.toString());
  project.provide("templateDb", "");
  return async () => {
    const done = new pg.Client({ connectionString: adminUrl });
    await done.connect();
    await done.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await done.end();
  };
}
