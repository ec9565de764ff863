// What scripts/server.mjs runs beside Next, bundled by scripts/build-server-bundle.ts: the fast
// lane for review submissions and exam autosaves (in each worker) and WAL checkpoints (in the
// cluster primary).
import type { IncomingMessage, ServerResponse } from "node:http";
import { sqlitePath } from "../platform/database-url";
import { env } from "../platform/env";
import { walCheckpoints } from "../reviews/storage/wal-checkpoints";
import { fastLane } from "./fast-lane";

export type ServerExtensions = {
  /** Answers POST /api/reviews and PUT /api/exams/:id/answers/:n and returns true, or returns false for Next. */
  fastLane(req: IncomingMessage, res: ServerResponse): boolean;
  /**
   * In the cluster primary: starts the one WAL checkpoint thread for the database, rather than
   * one per worker process racing the others for the same RESTART; returns the environment that
   * tells the workers' review stores so (see select-store.ts).
   */
  primaryWalCheckpoints(): { workerEnv: Record<string, string> };
};

/**
 * The SQLite fast path's parts of the server, or null when REVIEW_STORE=prisma (the portable
 * path, and the only one on PostgreSQL: Next answers every request, exam autosaves included, and
 * SQLite checkpoints its WAL itself). One switch for the whole fast path keeps "rule it out when
 * debugging" a single setting (lib/server/reviews/storage/README.md).
 */
export function serverExtensions(): ServerExtensions | null {
  const { DATABASE_URL, REVIEW_STORE } = env();
  if (REVIEW_STORE !== "sqlite") return null;
  return {
    fastLane,
    primaryWalCheckpoints() {
      walCheckpoints(sqlitePath(DATABASE_URL));
      return { workerEnv: { COLDSTART_WAL_CHECKPOINTS: "primary" } };
    },
  };
}
