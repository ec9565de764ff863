import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { databaseKind, postgresPoolTarget } from "./database-url";
import { DEFAULT_POOL_SIZE } from "./pool-size";
import { sqliteAdapter } from "./sqlite-adapter";

export type ClientOptions = {
  /** PostgreSQL: the most connections this client's pool opens (per process; see docs/postgresql.md). */
  poolSize?: number;
};

/**
 * A Prisma client for DATABASE_URL (used by the app singleton, scripts and tests).
 *
 * Two clients are generated at install, one per provider, from the same models (prisma/schema.prisma
 * and its generated PostgreSQL twin; the drift test keeps their migrations equal): the URL picks
 * one. App code sees one type, the SQLite client's: the PostgreSQL client has the same model API,
 * and where the providers differ (e.g. `mode: "insensitive"`, `skipDuplicates` exist only on
 * PostgreSQL) the SQLite type is the stricter, so code that type-checks runs on both.
 *
 * SQLite: better-sqlite3 enforces foreign keys by default; the file is put in WAL mode by migrate
 * (scripts/db-prepare.ts). In WAL mode, synchronous=NORMAL is SQLite's recommended setting: a
 * commit no longer waits for an fsync of the log, and the database cannot be corrupted; only the
 * last transactions before a power loss (not a process crash) can be lost.
 */
export function createPrismaClient(url: string, options: ClientOptions = {}): PrismaClient {
  if (databaseKind(url) === "postgresql") {
    // The startup options set the search_path, so raw SQL (platform/bulk-insert.ts, the exam autosave) finds Prisma's tables.
    const { connectionString, schema, options: startup } = postgresPoolTarget(url);
    const adapter = new PrismaPg(
      { connectionString, max: options.poolSize ?? DEFAULT_POOL_SIZE, options: startup },
      { schema },
    );
    // Every statement of an interactive transaction is a network round trip here (in-process on
    // SQLite), so the deploy-time ones (content sync, seed banks: hundreds of rows) need longer
    // than Prisma's 5 s default; request-path transactions are a few statements. maxWait is the
    // wait for a pooled connection under load, queueing rather than failing at Prisma's 2 s.
    return new PostgresPrismaClient({
      adapter,
      transactionOptions: { maxWait: 10_000, timeout: 60_000 },
    }) as unknown as PrismaClient;
  }
  const client = new PrismaClient({ adapter: sqliteAdapter({ url, timeout: 5000 }) });
  // Connection setup for the SQLite driver only (one connection per client with this adapter).
  client.$queryRawUnsafe("PRAGMA synchronous = NORMAL").catch((e: unknown) => {
    console.error("could not set PRAGMA synchronous = NORMAL:", e);
  });
  return client;
}

export type { PrismaClient };
