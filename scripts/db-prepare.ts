import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { databaseKind, sqlitePath } from "@/lib/server/platform/database-url";
import {
  applyMigrations,
  readMigrations,
  withMigrationLock,
  type MigrationResult,
} from "@/lib/server/platform/pg-migrations";
import { createPrismaClient } from "@/lib/server/platform/prisma";
import { seed, type SeedReport } from "@/prisma/seed-lib";
import { demoAccountsWanted } from "@/lib/server/auth/demo-accounts";
import { PG_CONFIG, PG_MIGRATIONS } from "./pg-schema";

/** Applies committed migrations to a SQLite DATABASE_URL and switches the file to WAL mode. */
export function migrate(root: string): void {
  const url = process.env.DATABASE_URL!;
  if (url.startsWith("file:")) fs.mkdirSync(path.dirname(sqlitePath(url, root)), { recursive: true });
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: process.env,
  });
  if (url.startsWith("file:")) {
    const sqlite = new Database(sqlitePath(url, root));
    sqlite.pragma("journal_mode = WAL"); // persistent: stored in the database file
    sqlite.close();
  }
}

/** Applies the committed PostgreSQL migrations (prisma/postgresql/migrations) to `url`. */
export function migratePostgres(root: string, url: string): Promise<MigrationResult> {
  return withMigrationLock(url, (client) => applyMigrations(client, readMigrations(path.join(root, PG_MIGRATIONS))));
}

export type Prepared = { migrations: MigrationResult | null; seed?: SeedReport };

/**
 * Migrates and/or seeds the database at `url`: what `npm start` and the release step
 * (`npm run db:deploy`) do. On PostgreSQL both run holding the migration lock, so app servers
 * starting together take turns; the demo accounts are seeded only into the embedded SQLite file
 * (and not with COLDSTART_DEMO=0), never into a server database that real learners use.
 */
export async function prepareDatabase(
  root: string,
  url: string,
  options: { migrate: boolean; seed: boolean },
): Promise<Prepared> {
  const seedWith = async (demo: boolean) => {
    const db = createPrismaClient(url, { poolSize: 2 });
    try {
      return await seed(db, new Date(), { demo });
    } finally {
      await db.$disconnect();
    }
  };
  if (databaseKind(url) === "sqlite") {
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url;
    try {
      if (options.migrate) migrate(root);
    } finally {
      if (previous === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previous;
    }
    const demo = demoAccountsWanted({ ...process.env, DATABASE_URL: url });
    return { migrations: null, seed: options.seed ? await seedWith(demo) : undefined };
  }
  return withMigrationLock(url, async (client) => {
    const migrations = options.migrate
      ? await applyMigrations(client, readMigrations(path.join(root, PG_MIGRATIONS)))
      : null;
    return { migrations, seed: options.seed ? await seedWith(false) : undefined };
  });
}

/** Generates the Prisma clients when one is missing (postinstall normally does it). */
export function ensurePrismaClient(root: string): void {
  const prisma = path.join(root, "node_modules", ".bin", "prisma");
  if (!fs.existsSync(path.join(root, "lib", "generated", "prisma", "client.ts"))) {
    execFileSync(prisma, ["generate"], { cwd: root, stdio: "inherit" });
  }
  if (!fs.existsSync(path.join(root, "lib", "generated", "prisma-postgresql", "client.ts"))) {
    execFileSync(prisma, ["generate", "--config", PG_CONFIG], { cwd: root, stdio: "inherit" });
  }
}
