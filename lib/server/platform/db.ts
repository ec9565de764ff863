import "server-only";
import { sqlitePath } from "./database-url";
import { env } from "./env";
import { createPrismaClient, type PrismaClient } from "./prisma";
import { prismaReviewStore, type ReviewStore } from "../reviews/storage/review-store";
import { sqliteReviewStore } from "../reviews/storage/sqlite-review-store";

const globalForDb = globalThis as unknown as { prisma?: PrismaClient; reviewStore?: ReviewStore };

/** The process-wide Prisma client: a connection, not per-user state. */
export const db: PrismaClient = globalForDb.prisma ?? createPrismaClient(env().DATABASE_URL);
if (process.env.NODE_ENV !== "production") globalForDb.prisma = db;

/**
 * Where rated reviews are written: on SQLite, a group-committing store on its own connection
 * (checkpointing the WAL itself unless the cluster primary does: production-server.ts);
 * elsewhere the portable Prisma store. One per process (a connection and a write queue).
 */
export function reviewStore(): ReviewStore {
  const url = env().DATABASE_URL;
  const checkpoints = process.env.COLDSTART_WAL_CHECKPOINTS === "primary" ? "another process" : "own thread";
  globalForDb.reviewStore ??= url.startsWith("file:")
    ? sqliteReviewStore(sqlitePath(url), { checkpoints })
    : prismaReviewStore(db);
  return globalForDb.reviewStore;
}
