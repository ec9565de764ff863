import "server-only";
import { db } from "../../platform/db";
import { sqlitePath } from "../../platform/database-url";
import { env } from "../../platform/env";
import { prismaReviewStore, type ReviewStore } from "./review-store";
import { sqliteReviewStore } from "./sqlite-review-store";

const globalForStore = globalThis as unknown as { reviewStore?: ReviewStore };

/**
 * Where rated reviews are written. With REVIEW_STORE=sqlite (the default on a file: database),
 * the group-committing SQLite store on its own connection, checkpointing the WAL itself unless
 * the cluster primary does (../../production-server/extensions.ts); with REVIEW_STORE=prisma (the default, and
 * the only choice, on PostgreSQL) the portable Prisma store. One per process: a connection and a
 * write queue, not per-user state.
 */
export function reviewStore(): ReviewStore {
  const { DATABASE_URL, REVIEW_STORE } = env();
  const checkpoints = process.env.COLDSTART_WAL_CHECKPOINTS === "primary" ? "another process" : "own thread";
  globalForStore.reviewStore ??=
    REVIEW_STORE === "sqlite" ? sqliteReviewStore(sqlitePath(DATABASE_URL), { checkpoints }) : prismaReviewStore(db);
  return globalForStore.reviewStore;
}
