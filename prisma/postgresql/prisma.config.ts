// The Prisma CLI's configuration for the PostgreSQL twin of the schema (prisma/postgresql/schema.prisma):
// `prisma generate --config prisma/postgresql/prisma.config.ts` (postinstall) and `migrate diff`
// (scripts/db-pg-migrations.ts). Migrations are applied by our own runner, not by the CLI
// (lib/server/platform/pg-migrations.ts; Prisma issue 27403), so no CLI command here connects.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The schema's url must be a postgresql:// URL for the CLI to accept the provider (with another
// value it falls back to downloading a native engine). `generate` and `migrate diff` between
// datamodels never connect, so a placeholder serves when DATABASE_URL names the SQLite file.
const configured = process.env.DATABASE_URL;
if (!configured || !/^postgres(ql)?:\/\//.test(configured)) {
  process.env.DATABASE_URL = "postgresql://localhost/coldstart-placeholder";
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(__dirname, "schema.prisma"),
  migrations: { path: path.join(__dirname, "migrations") },
  // Constructed by `migrate diff` too (it does not connect).
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
});
