import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A Prisma client for a SQLite file: URL (used by the app singleton, scripts and tests).
 * better-sqlite3 enforces foreign keys by default; the file is put in WAL mode by migrate
 * (scripts/db-prepare.ts). In WAL mode, synchronous=NORMAL is SQLite's recommended setting:
 * a commit no longer waits for an fsync of the log, and the database cannot be corrupted;
 * only the last transactions before a power loss (not a process crash) can be lost.
 */
export function createPrismaClient(url: string): PrismaClient {
  if (!url.startsWith("file:")) {
    throw new Error("DATABASE_URL: only SQLite (file:) is wired up yet; see README, PostgreSQL");
  }
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
  // Connection setup for the SQLite driver only (one connection per client with this adapter).
  client.$queryRawUnsafe("PRAGMA synchronous = NORMAL").catch((e: unknown) => {
    console.error("could not set PRAGMA synchronous = NORMAL:", e);
  });
  return client;
}

export type { PrismaClient };
