import crypto from "node:crypto";
import fs from "node:fs";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb, testDbKind } from "@/tests/db";
import { loadCards } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { applyReview } from "@/lib/srs/scheduler";
import { serializeState } from "@/lib/srs/snapshot";
import { DEFAULT_REVIEW_SETTINGS } from "@/lib/validations/review-settings";
import { sqlitePath } from "../../platform/database-url";
import { timeOrderedId } from "../../platform/ids";
import { addCardsToReviews } from "../../learn/cards";
import type { PrismaClient } from "../../platform/prisma";
import { prismaReviewStore, type ReviewStore, type ReviewWrite } from "./review-store";
import { sqliteReviewStore, type SqliteReviewStore } from "./sqlite-review-store";
import { walCheckpoints } from "./wal-checkpoints";
import { AppError } from "../../platform/errors";
import { CANNOT_SAVE } from "../../platform/storage-errors";
import { whileWritesRefused } from "@/tests/refused-writes";

const t0 = new Date("2026-11-27T10:00:00.123Z");

let db: PrismaClient;
let file: string;
let cleanup: () => Promise<void>;
let userId: string;
let itemIds: string[];
const opened: SqliteReviewStore[] = [];

beforeEach(async () => {
  let url: string;
  ({ db, url, cleanup } = freshDb());
  file = sqlitePath(url);
  await syncContent(db, loadCards(), t0);
  userId = (await db.user.create({ data: { email: "store@example.com" } })).id;
  await addCardsToReviews(db, userId, ["timeout", "retries", "cold-start-management"], t0);
  itemIds = (await db.reviewState.findMany({ where: { userId }, select: { itemId: true } })).map((s) => s.itemId);
});
afterEach(async () => {
  for (const s of opened.splice(0)) s.close();
  await cleanup();
});

/** A Good review of the item's stored state, as submitReview would build it. */
async function writeFor(itemId: string, key: string, now = t0): Promise<ReviewWrite> {
  const {
    version,
    addedAt: _a,
    userId: _u,
    itemId: _i,
    ...row
  } = await db.reviewState.findUniqueOrThrow({
    where: { userId_itemId: { userId, itemId } },
  });
  const { next, log } = applyReview(row, 3, now, DEFAULT_REVIEW_SETTINGS, { fuzz: false });
  return {
    id: timeOrderedId(now),
    userId,
    itemId,
    idempotencyKey: key,
    baseVersion: version,
    next,
    log,
    answer: '["A"]',
    correct: true,
    responseMs: 1234,
    questionId: "question-version-1",
    prevState: serializeState(row),
  };
}

const snapshot = async () => ({
  states: await db.reviewState.findMany({ where: { userId }, orderBy: { itemId: "asc" } }),
  logs: await db.reviewLog.findMany({ where: { userId }, orderBy: { id: "asc" } }),
});

// The contract holds for every store the database has: on PostgreSQL, the Prisma store only.
const stores: [string, () => ReviewStore][] = [
  ["prisma", () => prismaReviewStore(db)],
  [
    "sqlite",
    () => {
      const s = sqliteReviewStore(file);
      opened.push(s);
      return s;
    },
  ],
];
if (testDbKind() === "postgresql") stores.pop();

describe.each(stores)("the %s review store", (_name, make) => {
  it("moves the state to the next version and appends the log, in a form Prisma reads back exactly", async () => {
    const store = make();
    const w = await writeFor(itemIds[0]!, "key-00000001");
    expect(await store.record(w)).toBe("recorded");
    const state = await db.reviewState.findUniqueOrThrow({ where: { userId_itemId: { userId, itemId: w.itemId } } });
    expect(state).toMatchObject({ ...w.next, version: w.baseVersion + 1 });
    const log = await db.reviewLog.findUniqueOrThrow({ where: { id: w.id } });
    expect(log).toMatchObject({
      ...w.log,
      userId,
      itemId: w.itemId,
      idempotencyKey: w.idempotencyKey,
      baseVersion: w.baseVersion,
      nextDue: w.next.due,
      answer: w.answer,
      correct: true,
      responseMs: 1234,
      questionId: "question-version-1",
      prevState: w.prevState,
      undoneAt: null,
    });
    // Date comparisons in queries (the due queue) see the stored value.
    expect(await db.reviewState.count({ where: { userId, itemId: w.itemId, due: { lte: w.next.due } } })).toBe(1);
    expect(await db.reviewState.count({ where: { userId, itemId: w.itemId, due: { lt: w.next.due } } })).toBe(0);
    expect(await store.priorByKey(userId, w.idempotencyKey)).toEqual({
      itemId: w.itemId,
      rating: 3,
      reviewedAt: w.log.reviewedAt,
      nextDue: w.next.due,
    });
  });

  it("writes nothing for a review of a version that has moved on, even one no log row names", async () => {
    const store = make();
    const w = await writeFor(itemIds[0]!, "key-00000002");
    // The version moved without a review (as an undo does), so no log row has this baseVersion.
    await db.reviewState.update({
      where: { userId_itemId: { userId, itemId: w.itemId } },
      data: { version: { increment: 1 } },
    });
    const before = await snapshot();
    expect(await store.record(w)).toBe("conflict");
    expect(await snapshot()).toEqual(before);
  });

  it("writes nothing for a reused idempotency key, and finds the first review by it", async () => {
    const store = make();
    const first = await writeFor(itemIds[0]!, "key-00000003");
    expect(await store.record(first)).toBe("recorded");
    const before = await snapshot();
    expect(await store.record(await writeFor(itemIds[1]!, "key-00000003"))).toBe("conflict");
    expect(await snapshot()).toEqual(before);
    expect((await store.priorByKey(userId, "key-00000003"))?.itemId).toBe(first.itemId);
    expect(await store.priorByKey(userId, "key-unknown")).toBeNull();
  });

  it("records one of many concurrent reviews of the same version, and each of many different items", async () => {
    const store = make();
    const same = await Promise.all([1, 2, 3, 4, 5].map((n) => writeFor(itemIds[0]!, `same-key-${n}`)));
    const others = await Promise.all(itemIds.slice(1).map((id, n) => writeFor(id, `other-key-${n}`)));
    const outcomes = await Promise.all([...same, ...others].map((w) => store.record(w)));
    expect(outcomes.slice(0, 5).filter((o) => o === "recorded")).toHaveLength(1);
    expect(outcomes.slice(5).every((o) => o === "recorded")).toBe(true);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(itemIds.length);
    const states = await db.reviewState.findMany({ where: { userId } });
    expect(states.every((s) => s.version === 1 && s.reps === 1)).toBe(true);
  });
});

// A disk that refuses writes is simulated on the SQLite file: registered in the SQLite run only.
if (testDbKind() === "sqlite")
  describe.each([
    ["prisma", () => prismaReviewStore(db)],
    // No checkpoint thread of its own here: it would only log its failed checkpoints meanwhile.
    ["sqlite", () => (opened.push(sqliteReviewStore(file, { checkpoints: "another process" })), opened.at(-1)!)],
  ] as [string, () => ReviewStore][])("the %s review store on a disk that refuses writes", (_name, make) => {
    it("fails with a 503 the learner can act on, writes nothing, and records the same review once the disk takes writes again", async () => {
      const store = make();
      const w = await writeFor(itemIds[0]!, "key-refused-1");
      await store.priorByKey(userId, "warm-up-key"); // the connection is open before the disk fails
      const before = await snapshot();
      const refused = await whileWritesRefused(() => store.record(w).catch((e: unknown) => e));
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ status: 503, message: CANNOT_SAVE, headers: { "Retry-After": "5" } });
      expect(await snapshot()).toEqual(before);
      expect(await store.record(w)).toBe("recorded");
      expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
      expect((await db.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check"))[0]).toEqual({
        integrity_check: "ok",
      });
    });
  });

// SQLite's own store (lock waits, checkpoints): registered in the SQLite run only.
if (testDbKind() === "sqlite")
  describe("the SQLite review store", () => {
    it("waits for another process's write lock without blocking the event loop", async () => {
      const store = sqliteReviewStore(file);
      opened.push(store);
      const other = new Database(file);
      other.exec("BEGIN IMMEDIATE");
      const w = await writeFor(itemIds[0]!, "key-locked-1");
      let settled = false;
      const pending = store.record(w).finally(() => (settled = true));
      let ticks = 0;
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          if (++ticks === 5) {
            clearInterval(timer);
            resolve();
          }
        }, 5);
      });
      expect(settled).toBe(false); // still waiting, while timers kept firing
      other.exec("COMMIT");
      other.close();
      expect(await pending).toBe("recorded");
      expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
    });

    it("fails with a 503, writing nothing, when the lock is held too long", async () => {
      const store = sqliteReviewStore(file, { maxWaitMs: 50 });
      opened.push(store);
      const other = new Database(file);
      other.exec("BEGIN IMMEDIATE");
      try {
        await expect(store.record(await writeFor(itemIds[0]!, "key-locked-2"))).rejects.toMatchObject({ status: 503 });
      } finally {
        other.exec("ROLLBACK");
        other.close();
      }
      expect(await db.reviewLog.count({ where: { userId } })).toBe(0);
    });

    it("never checkpoints on the write path: the WAL holds the commits until a checkpointer copies them", async () => {
      const hash = () => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
      const writes = await Promise.all(itemIds.map((id, n) => writeFor(id, `ckpt-key-${n}`)));
      await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)"); // start from an empty WAL
      const before = hash();
      // No checkpointer runs at all, so only the write path could change the database file.
      const store = sqliteReviewStore(file, { checkpoints: "another process" });
      opened.push(store);
      expect(await Promise.all(writes.map((w) => store.record(w)))).toEqual(writes.map(() => "recorded"));
      expect(hash()).toBe(before);
      const primary = walCheckpoints(file, 50); // as the cluster primary runs them
      try {
        await expect.poll(hash, { timeout: 10_000, interval: 50 }).not.toBe(before);
      } finally {
        primary.stop();
      }
    });

    it("starts its own checkpoint thread unless another process runs checkpoints", async () => {
      const started: string[] = [];
      const spy = (f: string) => (started.push(f), { stop() {} });
      opened.push(sqliteReviewStore(file, { checkpoints: "another process", startCheckpoints: spy }));
      expect(started).toEqual([]);
      opened.push(sqliteReviewStore(file, { startCheckpoints: spy }));
      expect(started).toEqual([file]);
      // And the real one copies the WAL into the database file.
      const hash = () => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
      const store = sqliteReviewStore(file, { checkpointEveryMs: 50 });
      opened.push(store);
      await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
      const before = hash();
      expect(await store.record(await writeFor(itemIds[0]!, "own-thread-key"))).toBe("recorded");
      await expect.poll(hash, { timeout: 10_000, interval: 50 }).not.toBe(before);
    });

    it("refuses to create a database file that does not exist", () => {
      const missing = `${file}.missing`;
      expect(() => sqliteReviewStore(missing)).toThrow();
      expect(fs.existsSync(missing)).toBe(false);
    });
  });
