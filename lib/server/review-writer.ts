import "server-only";
import { sqlitePath } from "./database-url";
import { env } from "./env";
import { childProcessChannel, serveReviewStore } from "./remote-review-store";
import { sqliteReviewStore } from "./sqlite-review-store";

type Child = Parameters<typeof childProcessChannel>[0];

/**
 * The cluster primary's review writer (scripts/server.mjs): on SQLite, one store, opened here,
 * that every worker sends its reviews to; workers are told to with COLDSTART_REVIEW_WRITER
 * (see reviewStore in db.ts). Returns null on other databases, where each worker writes itself.
 */
export function primaryReviewWriter(): { workerEnv: Record<string, string>; serve(worker: Child): void } | null {
  const url = env().DATABASE_URL;
  if (!url.startsWith("file:")) return null;
  const store = sqliteReviewStore(sqlitePath(url));
  return {
    workerEnv: { COLDSTART_REVIEW_WRITER: "primary" },
    serve: (worker) => serveReviewStore(store, childProcessChannel(worker)),
  };
}
