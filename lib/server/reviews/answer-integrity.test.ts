import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb, testDbKind } from "@/tests/db";
import { loadCards } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { present, presentationSeed } from "@/lib/srs/present";
import { addCardsToReviews } from "../learn/cards";
import { loadBankFiles, seedBanks } from "../banks/seed-banks";
import { subscribe, unsubscribe } from "../banks/subscriptions";
import { sqlitePath } from "../platform/database-url";
import type { PrismaClient } from "../platform/prisma";
import { answerItem } from "./answer";
import { verifyAnswer } from "./answer-token";
import { loadStoredItem } from "./items";
import { nextReview } from "./queue";
import { prismaReviewStore, type ReviewStore } from "./storage/review-store";
import { sqliteReviewStore } from "./storage/sqlite-review-store";
import { submitReview } from "./submit";
import { undoLastReview } from "./undo";

// What a learner answers must be trustworthy: exams and item statistics are built on it.
const SECRET = "test-secret-that-is-long-enough-0123456789";
const t0 = new Date("2026-11-27T10:00:00Z");

let db: PrismaClient;
let store: ReviewStore;
let cleanup: () => Promise<void>;
let ada: string;
let bob: string;
let keySeq = 0;
const key = () => `integrity-${++keySeq}-key`;

/** Right or wrong option ids for an item as `userId` sees it now, from the key the server grades with. */
async function choose(userId: string, itemId: string, pick: "right" | "wrong") {
  const s = await db.reviewState.findUniqueOrThrow({ where: { userId_itemId: { userId, itemId } } });
  const { view, key: k } = present(
    (await loadStoredItem(db, itemId))!,
    presentationSeed(userId, itemId, s.reps, s.lapses),
  );
  if (pick === "right") return k.correctIds;
  return view.options
    .map((o) => o.id)
    .filter((id) => !k.correctIds.includes(id))
    .slice(0, view.select);
}
const answer = async (userId: string, itemId: string, pick: "right" | "wrong") =>
  answerItem(db, userId, { itemId, answer: await choose(userId, itemId, pick) }, t0, SECRET);
const submit = (userId: string, itemId: string, token: string, rating?: "again" | "easy") =>
  submitReview(store, userId, { itemId, token, rating, idempotencyKey: key() }, t0, SECRET);

// The SQLite store exists only in the SQLite run; on PostgreSQL the portable store is the one.
const kinds = testDbKind() === "sqlite" ? (["prisma", "sqlite"] as const) : (["prisma"] as const);
describe.each(kinds)("answer integrity (%s store)", (kind) => {
  beforeEach(async () => {
    let url: string;
    let dispose: () => Promise<void>;
    ({ db, url, cleanup: dispose } = freshDb());
    const sqlite = kind === "sqlite" ? sqliteReviewStore(sqlitePath(url)) : null;
    store = sqlite ?? prismaReviewStore(db);
    cleanup = async () => {
      sqlite?.close();
      await dispose();
    };
    await syncContent(db, loadCards(), t0);
    ada = (await db.user.create({ data: { email: "ada@example.com" } })).id;
    bob = (await db.user.create({ data: { email: "bob@example.com" } })).id;
    for (const u of [ada, bob]) await addCardsToReviews(db, u, ["timeout", "retries"], t0);
  });
  afterEach(() => cleanup());

  it("the first grading stands: a wrong answer cannot be answered again right and rated Easy", async () => {
    const itemId = (await nextReview(db, ada, t0)).item!.itemId;
    const first = await answer(ada, itemId, "wrong");
    expect(first).toMatchObject({ correct: false, repeated: false, allowed: ["again"] });
    // The key is now known; the right answer at the same version gets the first result back.
    const second = await answer(ada, itemId, "right");
    expect(second).toMatchObject({ correct: false, repeated: true, answer: first.answer, allowed: ["again"] });
    expect(verifyAnswer(second.token, t0, SECRET)).toMatchObject({ correct: false, answer: first.answer });
    await expect(submit(ada, itemId, second.token, "easy")).rejects.toThrow("A wrong answer is always rated Again");
    expect(await db.reviewLog.count()).toBe(0);
    expect(await submit(ada, itemId, second.token)).toMatchObject({ rating: "again" });
    expect(await db.reviewAnswer.count({ where: { userId: ada, itemId } })).toBe(1);
  });

  it("two answers racing at one version get one grading", async () => {
    const itemId = (await nextReview(db, ada, t0)).item!.itemId;
    const [wrong, right] = await Promise.all([answer(ada, itemId, "wrong"), answer(ada, itemId, "right")]);
    expect(wrong.correct).toBe(right.correct);
    expect(wrong.answer).toEqual(right.answer);
    expect([wrong.repeated, right.repeated].sort()).toEqual([false, true]);
    expect(await db.reviewAnswer.count({ where: { userId: ada, itemId } })).toBe(1);
  });

  it("undo takes back the rating, not the answer: answering again after an undo still grades the first answer", async () => {
    const itemId = (await nextReview(db, ada, t0)).item!.itemId;
    await submit(ada, itemId, (await answer(ada, itemId, "wrong")).token);
    await undoLastReview(db, ada, t0);
    const again = await answer(ada, itemId, "right");
    expect(again).toMatchObject({ correct: false, repeated: true, allowed: ["again"] });
    await expect(submit(ada, itemId, again.token, "easy")).rejects.toMatchObject({ status: 400 });
  });

  it("refuses a token signed with the right secret for another learner or another item, recording nothing", async () => {
    const [x, y] = (await db.reviewState.findMany({ where: { userId: ada }, take: 2 })).map((s) => s.itemId);
    const bobs = await answer(bob, x!, "right");
    await expect(submit(ada, x!, bobs.token, "easy")).rejects.toThrow(/answer token is invalid/);
    const adasForX = await answer(ada, x!, "right");
    await expect(submit(ada, y!, adasForX.token, "easy")).rejects.toThrow(/answer token is invalid/);
    expect(await db.reviewLog.count()).toBe(0);
    // The same tokens are good for what they were signed for.
    expect(await submit(ada, x!, adasForX.token, "easy")).toMatchObject({ itemId: x, rating: "easy" });
    expect(await submit(bob, x!, bobs.token, "easy")).toMatchObject({ itemId: x, rating: "easy" });
  });

  it("refuses a token whose signature or claim was changed at the same length (the HMAC comparison decides)", async () => {
    const itemId = (await nextReview(db, ada, t0)).item!.itemId;
    const { token } = await answer(ada, itemId, "wrong");
    const [body, mac] = token.split(".") as [string, string];
    const macBytes = Buffer.from(mac, "base64url");
    macBytes[5]! ^= 0x01;
    const flippedMac = `${body}.${macBytes.toString("base64url")}`;
    expect(flippedMac).toHaveLength(token.length);
    const claim = Buffer.from(body, "base64url").toString("utf8");
    const forgedClaim = Buffer.from(claim.replace('"correct":false', '"correct":true ')).toString("base64url");
    expect(forgedClaim).toHaveLength(body.length);
    for (const forged of [flippedMac, `${forgedClaim}.${mac}`]) {
      await expect(submit(ada, itemId, forged, "easy")).rejects.toThrow(/answer token is invalid/);
    }
    expect(await db.reviewLog.count()).toBe(0);
  });

  it("sends exactly the fields of the pre-answer view, for every kind of item", async () => {
    const owner = (await db.user.create({ data: { email: "owner@example.com" } })).id;
    await seedBanks(db, loadBankFiles(), owner, t0);
    await subscribe(db, ada, "seed-lambda-core", t0);
    const items = await db.reviewState.findMany({
      where: { userId: ada },
      select: { item: { select: { id: true, kind: true } } },
    });
    const common = ["cardId", "itemId", "kind", "options", "prompt", "select", "title"];
    const expected = {
      MISCONCEPTION_CHOICE: common,
      MISCONCEPTION_TF: [...common, "statement"].sort(),
      QUESTION: common,
    };
    for (const k of ["MISCONCEPTION_CHOICE", "MISCONCEPTION_TF", "QUESTION"] as const) {
      const itemId = items.find((i) => i.item.kind === k)!.item.id;
      const next = await nextReview(db, ada, t0, itemId);
      expect(Object.keys(next).sort()).toEqual(["counts", "doneToday", "dueTomorrow", "item", "learnAhead"]);
      expect(next.item!.itemId).toBe(itemId);
      expect(Object.keys(next.item!).sort()).toEqual(expected[k]);
      for (const o of next.item!.options) expect(Object.keys(o).sort()).toEqual(["id", "text"]);
    }
  });

  it("refuses to grade a question of a bank that was unpublished or left (404, nothing revealed)", async () => {
    const owner = (await db.user.create({ data: { email: "owner@example.com" } })).id;
    await seedBanks(db, loadBankFiles(), owner, t0);
    await subscribe(db, ada, "seed-lambda-core", t0);
    const question = await db.question.findFirstOrThrow({
      where: { bankId: "seed-lambda-core" },
      include: { options: true },
    });
    const itemId = `q:${question.id}`;
    const tryIt = () => answerItem(db, ada, { itemId, answer: [question.options[0]!.id] }, t0, SECRET);

    await db.questionBank.update({ where: { id: "seed-lambda-core" }, data: { published: false } });
    const hidden = await tryIt().catch((e: unknown) => e);
    expect(hidden).toMatchObject({ status: 404, message: `Item ${itemId} is not in your reviews` });
    await db.questionBank.update({ where: { id: "seed-lambda-core" }, data: { published: true } });
    await unsubscribe(db, ada, "seed-lambda-core");
    await expect(tryIt()).rejects.toMatchObject({ status: 404, message: `Item ${itemId} is not in your reviews` });
    expect(await db.reviewAnswer.count()).toBe(0);
    // Subscribed to the published bank again, the same question is graded.
    await subscribe(db, ada, "seed-lambda-core", t0);
    expect((await tryIt()).key.why).toBe(question.explanation);
  });
});
