import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";

/**
 * WAL checkpoints for the SQLite database, off the request path. Copying the WAL back into the
 * database costs more than the commits themselves (docs/performance.md), so the review store's
 * connection never checkpoints (wal_autocheckpoint = 0) and a worker thread does it instead, in
 * the one process that owns checkpoints: the cluster primary when the server runs several worker
 * processes (scripts/server.mjs), otherwise the process that writes.
 */
export type CheckpointLimits = { restartAtFrames: number; catchUpRounds: number; caughtUpFrames: number };

export const CHECKPOINT_EVERY_MS = 200;
export const CHECKPOINT_LIMITS: CheckpointLimits = {
  /** A WAL this long (512 MB) has had no quiet moment to start over in: make one. */
  restartAtFrames: 131_072,
  catchUpRounds: 8,
  /** Few enough pages (1.2 MB) that a RESTART copies and syncs them in a few milliseconds. */
  caughtUpFrames: 300,
};
/** How long a RESTART may wait for readers while it holds writers off. */
export const RESTART_WAIT_MS = 100;

type CheckpointResult = { busy: number; log: number; checkpointed: number };

/**
 * One round. A PASSIVE checkpoint copies what was committed since the last one and blocks no one.
 * SQLite starts the WAL over when a write begins with every page copied back, which any pause in
 * writing allows; under writes that never pause (a load test) it would grow without end, so once
 * it holds `restartAtFrames` pages this makes one: passive checkpoints until one finds fewer than
 * `caughtUpFrames` new pages, then a RESTART, which holds writers off while it copies and syncs
 * those last pages and starts the WAL over. (The store's writers wait for it on a timer.)
 *
 * Self-contained, because the checkpoint thread runs its source text.
 */
export function checkpointOnce(
  db: Database.Database,
  limits: CheckpointLimits,
): "passive" | "restarted" | "restart gave way to a reader" {
  const checkpoint = (mode: string) => (db.pragma(`wal_checkpoint(${mode})`) as CheckpointResult[])[0]!;
  let done = checkpoint("PASSIVE");
  if (done.busy !== 0 || done.log < limits.restartAtFrames) return "passive";
  for (let i = 0, last = done.log; i < limits.catchUpRounds; i++, last = done.log) {
    done = checkpoint("PASSIVE");
    if (done.log - last < limits.caughtUpFrames) break;
  }
  return checkpoint("RESTART").busy === 0 ? "restarted" : "restart gave way to a reader";
}

const openForCheckpoints = (file: string) => new Database(file, { fileMustExist: true, timeout: RESTART_WAIT_MS });

/**
 * Starts the checkpoint thread for `file`. If the thread fails, `onError` is told; the thread does
 * not keep the process alive.
 */
export function walCheckpointThread(
  file: string,
  everyMs: number,
  onError: (e: unknown) => void,
  limits: CheckpointLimits = CHECKPOINT_LIMITS,
): Worker {
  const worker = new Worker(
    `const { workerData: w } = require("node:worker_threads");
     const Database = require("better-sqlite3");
     const checkpointOnce = ${checkpointOnce.toString()};
     const db = new Database(w.file, { fileMustExist: true, timeout: w.restartWaitMs });
     setInterval(() => {
       try {
         checkpointOnce(db, w.limits);
       } catch (e) {
         if (e.code !== "SQLITE_BUSY") console.error("[coldstart] WAL checkpoint failed:", e);
       }
     }, w.everyMs);`,
    { eval: true, workerData: { file, everyMs, limits, restartWaitMs: RESTART_WAIT_MS } },
  );
  worker.on("error", onError);
  worker.unref();
  return worker;
}

/**
 * Checkpoints for `file` on a thread: the review store's own, or the cluster primary's for its
 * workers' stores. Should the thread fail, this process checkpoints on its main thread.
 */
export function walCheckpoints(
  file: string,
  everyMs = CHECKPOINT_EVERY_MS,
  startThread: typeof walCheckpointThread = walCheckpointThread,
): { stop(): void } {
  let fallback: { timer: NodeJS.Timeout; db: Database.Database } | null = null;
  const thread = startThread(file, everyMs, (e) => {
    console.error("[coldstart] the WAL checkpoint thread failed; checkpointing on the main thread:", e);
    let db: Database.Database;
    try {
      db = openForCheckpoints(file);
    } catch (err) {
      console.error("[coldstart] cannot checkpoint the WAL on the main thread either:", err);
      return;
    }
    const timer = setInterval(() => {
      try {
        checkpointOnce(db, CHECKPOINT_LIMITS);
      } catch (err) {
        if ((err as { code?: string }).code !== "SQLITE_BUSY") console.error("[coldstart] WAL checkpoint failed:", err);
      }
    }, everyMs);
    timer.unref();
    fallback = { timer, db };
  });
  return {
    stop() {
      // A thread still starting may yet fail to open a file deleted since: no one's concern now.
      thread.removeAllListeners("error").on("error", () => {});
      void thread.terminate();
      if (fallback) {
        clearInterval(fallback.timer);
        fallback.db.close();
      }
    },
  };
}
