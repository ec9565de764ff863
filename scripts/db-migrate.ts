// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (SQLite: prisma migrate
// deploy; PostgreSQL: our runner, lib/server/platform/pg-migrations.ts).
// `npm run db:deploy` (= db:migrate --seed): the release step of a deployment: migrations, then the
// idempotent seed (concept cards and seed banks of this release; demo accounts only on SQLite).
// Safe to run from several machines at once: on PostgreSQL they take turns on an advisory lock.
import path from "node:path";
import { defaultDatabaseUrl, redactUrl } from "@/lib/server/platform/database-url";
import { MigrationError } from "@/lib/server/platform/pg-migrations";
import { prepareDatabase } from "./db-prepare";

const root = path.resolve(__dirname, "..");
const url = process.env.DATABASE_URL ?? defaultDatabaseUrl(root);
const withSeed = process.argv.includes("--seed");

prepareDatabase(root, url, { migrate: true, seed: withSeed })
  .then(({ migrations, seed }) => {
    if (migrations) {
      console.log(
        `[db] ${redactUrl(url)}: ${migrations.applied.length ? `applied ${migrations.applied.join(", ")}` : "no pending migrations"}`,
      );
      if (migrations.unknown.length) {
        console.warn(
          `[db] the database has migrations this release does not know (a newer release?): ${migrations.unknown.join(", ")}`,
        );
      }
    } else {
      console.log(`[db] ${redactUrl(url)}: migrated (prisma migrate deploy)`);
    }
    if (seed) console.log(`[db] seeded: ${JSON.stringify(seed)}`);
  })
  .catch((e: unknown) => {
    console.error(`[db] ${e instanceof MigrationError ? e.message : e instanceof Error ? e.stack : String(e)}`);
    process.exitCode = 1;
  });
