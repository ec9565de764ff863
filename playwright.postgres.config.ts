import crypto from "node:crypto";
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";
import { withDatabaseName } from "./lib/server/platform/database-url";
import { postgresAdminUrl } from "./scripts/pg-fresh-database";
import { PORT_A, PORT_B, SERVER_A } from "./e2e-postgres/servers";

// The PostgreSQL e2e run (npm test runs it when COLDSTART_POSTGRES_URL is set): two app servers,
// each started the way a deployment starts them (`npm start`: migrate, seed, serve), on different
// ports and one fresh PostgreSQL database, sharing NEXTAUTH_SECRET as servers behind a load
// balancer do. Browsers keep cookies per host, not per port, so a session from one server is
// presented to the other, as behind one public URL.
const database = `coldstart_e2e_${PORT_A}`;
const databaseUrl = withDatabaseName(postgresAdminUrl(), database);
const secret = crypto.randomBytes(32).toString("base64url");

const server = (port: number, first: boolean) => ({
  // The first server recreates the database; the second starts once the first answers (Playwright
  // starts web servers in order), so it finds the migrations applied and the build up to date.
  command: `${first ? `npx tsx scripts/pg-fresh-database.ts ${database} && ` : ""}npx tsx scripts/start.ts`,
  url: `http://localhost:${port}/api/health`,
  timeout: 600_000,
  reuseExistingServer: false,
  stdout: "pipe" as const,
  stderr: "pipe" as const,
  env: {
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: secret,
    NEXT_TELEMETRY_DISABLED: "1",
    // One worker per server keeps two servers within this machine's means; several workers per
    // server are covered by the SQLite run.
    WEB_CONCURRENCY: "1",
    // A small limit keeps the cross-server sign-in test short.
    SIGNIN_MAX_FAILURES: "4",
  },
});

export default defineConfig({
  ...base,
  testDir: "e2e-postgres",
  outputDir: "test-results/postgres",
  use: { ...base.use, baseURL: SERVER_A },
  webServer: [server(PORT_A, true), server(PORT_B, false)],
});
