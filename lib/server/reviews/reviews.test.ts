import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb, testDbKind } from "@/tests/db";
import { loadCards } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { addCardsToReviews } from "../learn/cards";
import type { PrismaClient } from "../platform/prisma";
import { answerItem } from "./answer";
import { loadStoredItem } from "./items";
import { present, presentationSeed } from "@/lib/srs/present";
import { AppError } from "../platform/errors";
import { nextReview } from "./queue";
import { submitReview } from "./submit";
import { undoLastReview } from "./undo";
import { prismaReviewStore, type ReviewStore } from "./storage/review-store";
import { sqliteReviewStore } from "./storage/sqlite-review-store";
import { sqlitePath } from "../platform/database-url";
import { signAnswer } from "./answer-token";
import { DEFAULT_REVIEW_SETTINGS } from "@/lib/validations/review-settings";

const SECRET = "test-secret-that-is-long-enough-0123456789";
const t0 = new Date("2026-11-27T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

let db: PrismaClient;
let store: ReviewStore;
let cleanup: () => Promise<void>;
let userId: string;

const state = (itemId: string) => db.reviewState.findUniqueOrThrow({ where: { userId_itemId: { userId, itemId } } });
/** The learning state without the concurrency version (which every review and undo moves on). */
const learning = async (itemId: string) => {
  const { version: _version, ...rest } = await state(itemId);
  return rest;
};

/** Right or wrong option ids for an item as the learner sees it now, from the key the server grades with. */
async function choose(itemId: string, pick: "right" | "wrong") {
  const { reps, lapses } = await state(itemId);
  const { view, key } = present((await loadStoredItem(db, itemId))!, presentationSeed(userId, itemId, reps, lapses));
  if (pick === "right") return key.correctIds;
  return view.options
    .map((o) => o.id)
    .filter((id) => !key.correctIds.includes(id))
    .slice(0, view.select);
}

/** Answers the next item once, rightly or wrongly (the first answer at a version is the one graded). */
async function answerNext(now: Date, pick: "right" | "wrong") {
  const item = (await nextReview(db, userId, now)).item!;
  const answer = await choose(item.itemId, pick);
  return { item, result: await answerItem(db, userId, { itemId: item.itemId, answer }, now, SECRET) };
}

let keySeq = 0;
const key = () => `key-${++keySeq}-abcdef`;

// Every behaviour holds with both review stores: the portable Prisma one and SQLite's group commit
// (on PostgreSQL, the Prisma store only).
const kinds = testDbKind() === "sqlite" ? (["prisma", "sqlite"] as const) : (["prisma"] as const);
describe.each(kinds)("a review (%s store)", (kind) => {
  beforeEach(async () => {
    let url: string;
    let dispose: () => Promise<void>;
    ({ db, url, cleanup: dispose } = freshDb());
    if (kind === "sqlite") {
      const sqlite = sqliteReviewStore(sqlitePath(url));
      store = sqlite;
      cleanup = async () => {
        sqlite.close();
        await dispose();
      };
    } else {
      store = prismaReviewStore(db);
      cleanup = dispose;
    }
    await syncContent(db, loadCards(), t0);
    userId = (await db.user.create({ data: { email: "r@example.com" } })).id;
    await addCardsToReviews(db, userId, ["timeout", "retries"], t0);
  });
  afterEach(() => cleanup());

  it("grades, reveals the key and feedback, then records state and log in one step", async () => {
    const { item, result } = await answerNext(t0, "right");
    expect(result.correct).toBe(true);
    expect(result.allowed).toEqual(["hard", "good", "easy"]);
    expect(result.intervals.good).toBe("10m");
    expect(result.key.why.length).toBeGreaterThan(10);

    const r = await submitReview(
      store,
      userId,
      { itemId: item.itemId, token: result.token, idempotencyKey: key(), responseMs: 4200 },
      later(5000),
      SECRET,
    );
    expect(r).toMatchObject({ rating: "good", duplicate: false, interval: "10m" });
    const s = await state(item.itemId);
    expect(s).toMatchObject({ state: 1, reps: 1 });
    const logs = await db.reviewLog.findMany({ where: { userId } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ rating: 3, state: 0, correct: true, responseMs: 4200, itemId: item.itemId });
  });

  it("records Again for a wrong answer and refuses Good for it, changing nothing", async () => {
    const { item, result } = await answerNext(t0, "wrong");
    expect(result.correct).toBe(false);
    expect(result.allowed).toEqual(["again"]);
    await expect(
      submitReview(
        store,
        userId,
        { itemId: item.itemId, token: result.token, rating: "good", idempotencyKey: key() },
        t0,
        SECRET,
      ),
    ).rejects.toThrow("A wrong answer is always rated Again");
    expect(await db.reviewLog.count()).toBe(0);
    const r = await submitReview(
      store,
      userId,
      { itemId: item.itemId, token: result.token, idempotencyKey: key() },
      t0,
      SECRET,
    );
    expect(r.rating).toBe("again");
  });

  it("records a double-submitted review once", async () => {
    const { item, result } = await answerNext(t0, "right");
    const input = { itemId: item.itemId, token: result.token, rating: "easy" as const, idempotencyKey: key() };
    const [a, b] = await Promise.all([
      submitReview(store, userId, input, t0, SECRET),
      submitReview(store, userId, input, t0, SECRET),
    ]);
    const c = await submitReview(store, userId, input, later(60_000), SECRET);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(c).toMatchObject({ duplicate: true, rating: "easy", itemId: item.itemId });
    expect(c.due).toEqual(a.due);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
    expect((await state(item.itemId)).reps).toBe(1);
  });

  it("undo restores the previous state exactly and keeps the log row, marked undone", async () => {
    const { item, result } = await answerNext(t0, "right");
    const before = await learning(item.itemId);
    await submitReview(store, userId, { itemId: item.itemId, token: result.token, idempotencyKey: key() }, t0, SECRET);
    expect(await learning(item.itemId)).not.toEqual(before);
    expect(await undoLastReview(db, userId, later(1000))).toEqual({ itemId: item.itemId });
    expect(await learning(item.itemId)).toEqual(before);
    expect((await state(item.itemId)).version).toBe(2);
    const [log] = await db.reviewLog.findMany({ where: { userId } });
    expect(log!.undoneAt).toEqual(later(1000));
    await expect(undoLastReview(db, userId, later(2000))).rejects.toThrow("There is no review to undo");
  });

  it("undoes several reviews in reverse order", async () => {
    const first = await answerNext(t0, "right");
    const s0 = await learning(first.item.itemId);
    await submitReview(
      store,
      userId,
      { itemId: first.item.itemId, token: first.result.token, idempotencyKey: key() },
      t0,
      SECRET,
    );
    const second = await answerNext(later(1000), "wrong");
    const s1 = await learning(second.item.itemId);
    await submitReview(
      store,
      userId,
      { itemId: second.item.itemId, token: second.result.token, idempotencyKey: key() },
      later(1000),
      SECRET,
    );
    expect((await undoLastReview(db, userId, later(2000))).itemId).toBe(second.item.itemId);
    expect((await undoLastReview(db, userId, later(3000))).itemId).toBe(first.item.itemId);
    expect(await learning(second.item.itemId)).toEqual(s1);
    expect(await learning(first.item.itemId)).toEqual(s0);
  });

  it("refuses an answer given before an undo (the state moved on) and records nothing", async () => {
    const { item, result } = await answerNext(t0, "right");
    await submitReview(store, userId, { itemId: item.itemId, token: result.token, idempotencyKey: key() }, t0, SECRET);
    await undoLastReview(db, userId, later(1000));
    await expect(
      submitReview(
        store,
        userId,
        { itemId: item.itemId, token: result.token, idempotencyKey: key() },
        later(2000),
        SECRET,
      ),
    ).rejects.toMatchObject({ status: 409 });
    expect(await db.reviewLog.count({ where: { userId, undoneAt: null } })).toBe(0);
  });

  it("shows an undone item again first when asked", async () => {
    const { item, result } = await answerNext(t0, "right");
    await submitReview(store, userId, { itemId: item.itemId, token: result.token, idempotencyKey: key() }, t0, SECRET);
    await undoLastReview(db, userId, later(1000));
    expect((await nextReview(db, userId, later(1000), item.itemId)).item!.itemId).toBe(item.itemId);
  });

  it("rejects a tampered, foreign or stale answer token", async () => {
    const { item, result } = await answerNext(t0, "wrong");
    const tampered = result.token.replace(/^./, (c) => (c === "e" ? "f" : "e"));
    await expect(
      submitReview(store, userId, { itemId: item.itemId, token: tampered, idempotencyKey: key() }, t0, SECRET),
    ).rejects.toThrow(/invalid or has expired/);
    const forged = signAnswer(
      {
        userId,
        itemId: item.itemId,
        version: 0,
        correct: true,
        answer: [],
        state: "{}",
        settings: DEFAULT_REVIEW_SETTINGS,
      },
      t0,
      "another-secret-0123456789-0123456789",
    );
    await expect(
      submitReview(store, userId, { itemId: item.itemId, token: forged, idempotencyKey: key() }, t0, SECRET),
    ).rejects.toThrow(/invalid/);
    await expect(
      submitReview(
        store,
        userId,
        { itemId: item.itemId, token: result.token, idempotencyKey: key() },
        later(7 * 3600_000),
        SECRET,
      ),
    ).rejects.toThrow(/expired/);

    await submitReview(store, userId, { itemId: item.itemId, token: result.token, idempotencyKey: key() }, t0, SECRET);
    const stale = submitReview(
      store,
      userId,
      { itemId: item.itemId, token: result.token, idempotencyKey: key() },
      t0,
      SECRET,
    );
    await expect(stale).rejects.toMatchObject({ status: 409 });
    expect(await db.reviewLog.count()).toBe(1);
  });

  it("refuses options that are not the item's, and items not in the learner's reviews", async () => {
    const next = await nextReview(db, userId, t0);
    await expect(answerItem(db, userId, { itemId: next.item!.itemId, answer: ["Z"] }, t0, SECRET)).rejects.toThrow(
      "Option Z is not one of this item's options",
    );
    const ids = next.item!.options.map((o) => o.id);
    await expect(answerItem(db, userId, { itemId: next.item!.itemId, answer: ids }, t0, SECRET)).rejects.toThrow(
      "Choose exactly one option",
    );
    const err = await answerItem(db, userId, { itemId: "lambda-layers#0:tf", answer: ["true"] }, t0, SECRET).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(404);
  });

  it("counts only today's new items against the daily limit", async () => {
    await db.reviewSettings.create({ data: { userId, newPerDay: 1 } });
    const { item, result } = await answerNext(t0, "right");
    await submitReview(
      store,
      userId,
      { itemId: item.itemId, token: result.token, rating: "easy", idempotencyKey: key() },
      t0,
      SECRET,
    );
    const after = await nextReview(db, userId, later(1000));
    expect(after.counts.new).toBe(0);
    expect(after.item).toBeNull();
    expect(after.doneToday).toBe(1);
    const tomorrow = await nextReview(db, userId, later(86_400_000));
    expect(tomorrow.counts.new).toBe(1);
  });
});
