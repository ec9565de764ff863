import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defaultDatabaseUrl } from "./lib/server/platform/database-url";

// The Prisma CLI's configuration for the SQLite schema (the embedded default). The PostgreSQL twin
// has its own: prisma/postgresql/prisma.config.ts (docs/postgresql.md).
// The CLI skips .env loading when a config file exists, so the default is set here. With a
// postgresql:// DATABASE_URL (a server deployment running `npm ci`), the schema still needs a file:
// URL for `prisma generate` to accept the sqlite provider, and any command that would connect
// refuses rather than touch the default SQLite file.
const configured = process.env.DATABASE_URL;
const isSqlite = configured === undefined || configured.startsWith("file:");
process.env.DATABASE_URL = isSqlite ? (configured ?? defaultDatabaseUrl()) : defaultDatabaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => {
    if (!isSqlite) {
      throw new Error("DATABASE_URL is a PostgreSQL URL: migrate it with `npm run db:migrate` (docs/postgresql.md)");
    }
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! });
  },
});
