import "server-only";
import { sqlitePath } from "./database-url";
import { env } from "./env";
import { createPrismaClient, type PrismaClient } from "./prisma";
import { parentProcessChannel, remoteReviewStore } from "./remote-review-store";
import { prismaReviewStore, type ReviewStore } from "./review-store";
import { sqliteReviewStore } from "./sqlite-review-store";

const globalForDb = globalThis as unknown as { prisma?: PrismaClient; reviewStore?: ReviewStore };

/** The process-wide Prisma client: a connection, not per-user state. */
export const db: PrismaClient = globalForDb.prisma ?? createPrismaClient(env().DATABASE_URL);
if (process.env.NODE_ENV !== "production") globalForDb.prisma = db;

/**
 * Where rated reviews are written: in a server worker whose cluster primary owns the review
 * writer (review-writer.ts), that writer; otherwise, on SQLite, a group-committing store on its
 * own connection, and elsewhere the portable Prisma store. One per process.
 */
export function reviewStore(): ReviewStore {
  globalForDb.reviewStore ??= openReviewStore();
  return globalForDb.reviewStore;
}

function openReviewStore(): ReviewStore {
  if (process.env.COLDSTART_REVIEW_WRITER === "primary") return remoteReviewStore(parentProcessChannel());
  const url = env().DATABASE_URL;
  return url.startsWith("file:") ? sqliteReviewStore(sqlitePath(url)) : prismaReviewStore(db);
}
