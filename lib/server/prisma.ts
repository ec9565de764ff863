import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client for a SQLite file: URL (used by the app singleton, scripts and tests). */
export function createPrismaClient(url: string): PrismaClient {
  if (!url.startsWith("file:")) {
    throw new Error("DATABASE_URL: only SQLite (file:) is wired up yet; see README, PostgreSQL");
  }
  // better-sqlite3 enforces foreign keys by default; WAL is set on the file by scripts/db-prepare.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
}

export type { PrismaClient };
