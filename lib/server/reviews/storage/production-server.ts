// What scripts/server.mjs runs beside Next, bundled by scripts/build-server-bundle.ts: the fast
// lane for review submissions (in each worker) and WAL checkpoints (in the cluster primary).
import { sqlitePath } from "../../platform/database-url";
import { env } from "../../platform/env";
import { walCheckpoints } from "./wal-checkpoints";

export { fastLane } from "./fast-lane";

/**
 * On SQLite, the cluster primary owns WAL checkpoints: one checkpoint thread for the database,
 * rather than one per worker process racing the others for the same RESTART. Returns the
 * environment that tells workers' review stores so (see reviewStore in db.ts); null elsewhere.
 */
export function primaryWalCheckpoints(): { workerEnv: Record<string, string> } | null {
  const url = env().DATABASE_URL;
  if (!url.startsWith("file:")) return null;
  walCheckpoints(sqlitePath(url));
  return { workerEnv: { COLDSTART_WAL_CHECKPOINTS: "primary" } };
}
