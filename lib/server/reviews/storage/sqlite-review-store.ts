import Database from "better-sqlite3";
import { AppError } from "../../platform/errors";
import { storageUnavailable } from "../../platform/storage-errors";
import type { PriorReview, ReviewStore, ReviewWrite } from "./review-store";
import { walCheckpoints } from "./wal-checkpoints";

/**
 * The SQLite store for rated reviews, with group commit: reviews that arrive while the event loop
 * is busy are written together in one transaction (one WAL commit for many reviews); one review's
 * conflict never touches the others. A write lock held by another process (another server
 * worker) is waited for without blocking the event loop: SQLite's busy handler sleeps the whole
 * thread, so the connection's busy timeout is 0 and the batch is retried on a timer instead.
 *
 * It writes the same rows as prismaReviewStore, in the format Prisma's SQLite adapter reads
 * (dates as ISO-8601 text with "+00:00", booleans as 0/1); the shared tests in
 * review-store.test.ts hold both stores to one contract.
 */
export type SqliteReviewStore = ReviewStore & { close(): void };

type Pending = {
  write: ReviewWrite;
  since: number;
  resolve: (r: "recorded" | "conflict") => void;
  reject: (e: unknown) => void;
};

const MAX_BATCH = 256;
const RETRY_MS = 1;
/** How long a review may wait for the write lock before the request fails. */
const MAX_WAIT_MS = 5000;

/** A review that waited too long for another process's write lock: 503, try again. */
export const databaseBusy = () =>
  new AppError(503, "The database stayed locked by another writer; try again", undefined, { "Retry-After": "1" });

const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
const isBusy = (e: unknown) => (e as { code?: string }).code === "SQLITE_BUSY";
const isUnique = (e: unknown) => /^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/.test((e as { code?: string }).code ?? "");

export function sqliteReviewStore(
  file: string,
  options: {
    maxWaitMs?: number;
    checkpointEveryMs?: number;
    /** Whose job WAL checkpoints are: a thread of this store's, or another process's (walCheckpoints). */
    checkpoints?: "own thread" | "another process";
    /** Starts this store's own checkpoints (tests pass a spy). */
    startCheckpoints?: (file: string, everyMs?: number) => { stop(): void };
  } = {},
): SqliteReviewStore {
  const maxWaitMs = options.maxWaitMs ?? MAX_WAIT_MS;
  const conn = new Database(file, { timeout: 0, fileMustExist: true });
  conn.pragma("synchronous = NORMAL");
  // Review states and logs are read at random (one learner's row here, another's there): keep
  // up to 64 MB of pages cached and map the file rather than copy pages through read().
  conn.pragma("cache_size = -65536");
  conn.pragma("mmap_size = 268435456");
  // Checkpoints (copying the WAL back into the database) cost more than the commits themselves,
  // so this connection never runs one; a thread does, off the event loop (wal-checkpoints.ts).
  conn.pragma("wal_autocheckpoint = 0");
  const checkpoints =
    options.checkpoints === "another process"
      ? null
      : (options.startCheckpoints ?? walCheckpoints)(file, options.checkpointEveryMs);

  const moveState = conn.prepare(
    `UPDATE "ReviewState" SET "due" = ?, "stability" = ?, "difficulty" = ?, "elapsedDays" = ?, "scheduledDays" = ?,
       "learningSteps" = ?, "reps" = ?, "lapses" = ?, "state" = ?, "lastReview" = ?, "version" = ?
     WHERE "userId" = ? AND "itemId" = ? AND "version" = ?`,
  );
  const appendLog = conn.prepare(
    `INSERT INTO "ReviewLog" ("id", "userId", "itemId", "idempotencyKey", "baseVersion", "rating", "state", "due",
       "stability", "difficulty", "elapsedDays", "lastElapsed", "scheduledDays", "learningSteps", "reviewedAt",
       "nextDue", "answer", "correct", "responseMs", "questionId", "prevState")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const findPrior = conn.prepare<
    [string, string],
    { itemId: string; rating: number; reviewedAt: string; nextDue: string }
  >(`SELECT "itemId", "rating", "reviewedAt", "nextDue" FROM "ReviewLog" WHERE "userId" = ? AND "idempotencyKey" = ?`);

  const removeLog = conn.prepare(`DELETE FROM "ReviewLog" WHERE "id" = ?`);

  // No savepoint per review: a failed statement changes nothing by itself, so the log row goes in
  // first (a reused idempotency key or version fails there), then the state moves; if the state
  // has moved on, the row just written is taken out again.
  function recordOne(w: ReviewWrite): "recorded" | "conflict" {
    const l = w.log;
    const n = w.next;
    try {
      appendLog.run(
        w.id,
        w.userId,
        w.itemId,
        w.idempotencyKey,
        w.baseVersion,
        l.rating,
        l.state,
        iso(l.due),
        l.stability,
        l.difficulty,
        l.elapsedDays,
        l.lastElapsed,
        l.scheduledDays,
        l.learningSteps,
        iso(l.reviewedAt),
        iso(n.due),
        w.answer,
        w.correct === null ? null : w.correct ? 1 : 0,
        w.responseMs,
        w.questionId,
        w.prevState,
      );
    } catch (e) {
      if (isUnique(e)) return "conflict";
      throw e;
    }
    const moved = moveState.run(
      iso(n.due),
      n.stability,
      n.difficulty,
      n.elapsedDays,
      n.scheduledDays,
      n.learningSteps,
      n.reps,
      n.lapses,
      n.state,
      n.lastReview ? iso(n.lastReview) : null,
      w.baseVersion + 1,
      w.userId,
      w.itemId,
      w.baseVersion,
    );
    if (moved.changes === 1) return "recorded";
    removeLog.run(w.id);
    return "conflict";
  }
  // Any other error rolls the whole batch back and fails each of its requests; a database that
  // cannot take writes (read-only, full, failing disk) fails them with a 503 to try again.
  const recordBatch = conn.transaction((writes: ReviewWrite[]) => writes.map(recordOne));

  let queue: Pending[] = [];
  let timer: "immediate" | "retry" | null = null;

  function schedule(kind: "immediate" | "retry") {
    if (timer) return;
    timer = kind;
    if (kind === "immediate") setImmediate(flush);
    else setTimeout(flush, RETRY_MS);
  }

  function flush() {
    timer = null;
    const batch = queue.slice(0, MAX_BATCH);
    queue = queue.slice(batch.length);
    let outcomes: ("recorded" | "conflict")[];
    try {
      outcomes = recordBatch.immediate(batch.map((p) => p.write));
    } catch (e) {
      if (!isBusy(e)) {
        const failure = storageUnavailable(e) ?? e;
        console.error(`[coldstart] ${batch.length} review(s) not written:`, e);
        for (const p of batch) p.reject(failure);
      } else {
        const now = Date.now();
        const waiting = batch.filter((p) => now - p.since < maxWaitMs);
        for (const p of batch) if (!waiting.includes(p)) p.reject(databaseBusy());
        queue = waiting.concat(queue);
      }
      if (queue.length) schedule("retry");
      return;
    }
    batch.forEach((p, i) => p.resolve(outcomes[i]!));
    if (queue.length) schedule("immediate");
  }

  return {
    record(write) {
      return new Promise((resolve, reject) => {
        queue.push({ write, since: Date.now(), resolve, reject });
        schedule("immediate");
      });
    },
    async priorByKey(userId, idempotencyKey): Promise<PriorReview | null> {
      const row = await retryWhileBusy(() => findPrior.get(userId, idempotencyKey), maxWaitMs).catch((e: unknown) => {
        throw storageUnavailable(e) ?? e;
      });
      if (!row) return null;
      return {
        itemId: row.itemId,
        rating: row.rating,
        reviewedAt: new Date(row.reviewedAt),
        nextDue: new Date(row.nextDue),
      };
    },
    close() {
      checkpoints?.stop();
      conn.close();
    },
  };
}

/** Runs a read, retrying on a timer while the database is busy (WAL reads rarely are). */
async function retryWhileBusy<T>(read: () => T, maxWaitMs: number): Promise<T> {
  const until = Date.now() + maxWaitMs;
  for (;;) {
    try {
      return read();
    } catch (e) {
      if (!isBusy(e) || Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, RETRY_MS));
    }
  }
}
