import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import type { BankFile } from "@/lib/banks/bank-file";
import type { PrismaClient } from "../platform/prisma";
import { answerItem } from "../reviews/answer";
import { submitReview } from "../reviews/submit";
import { prismaReviewStore } from "../reviews/storage/review-store";
import { draftOfRow, DRAFT_SELECT } from "./question-drafts";
import { reviseQuestion, VERSION_REF } from "./question-versions";
import { seedBanks } from "./seed-banks";
import { subscribe } from "./subscriptions";

const SECRET = "test-secret-that-is-long-enough-0123456789";
const t0 = new Date("2026-12-01T10:00:00Z");
const t1 = new Date("2026-12-02T10:00:00Z");

let db: PrismaClient;
let cleanup: () => Promise<void>;
let ownerId: string;
let learnerId: string;

const option = (text: string, correct: boolean) => ({ text, correct, feedback: `Because ${text}.` });
function bankFile(stem = "Which setting both guarantees and caps the concurrency of one function?"): BankFile {
  return {
    id: "versions",
    title: "Versions fixture",
    description: "",
    questions: [
      {
        id: "v-001",
        type: "single",
        domain: "D2",
        stem,
        options: [
          option("Reserved concurrency", true),
          option("Provisioned concurrency", false),
          option("Maximum event age", false),
          option("Batch size", false),
        ],
        explanation: "Reserved concurrency reserves part of the account pool and caps the function at it.",
        references: [],
        tags: [],
      },
    ],
  };
}

const live = () =>
  db.question.findFirstOrThrow({
    where: { bankId: "seed-versions", retiredAt: null, supersededAt: null },
    select: { ...VERSION_REF, ...DRAFT_SELECT },
  });

beforeEach(async () => {
  ({ db, cleanup } = freshDb());
  ownerId = (await db.user.create({ data: { email: "owner@example.com", role: "INSTRUCTOR" } })).id;
  learnerId = (await db.user.create({ data: { email: "learner@example.com" } })).id;
  await db.reviewSettings.create({ data: { userId: learnerId, newPerDay: 100 } });
  await seedBanks(db, [bankFile()], ownerId, t0);
});
afterEach(() => cleanup());

/** The learner answers the bank's question (the right option) and rates it, as /review does. */
async function reviewOnce(now: Date) {
  const q = await live();
  const itemId = `q:${q.lineageId}`;
  const right = await db.questionOption.findFirstOrThrow({ where: { questionId: q.id, correct: true } });
  const graded = await answerItem(db, learnerId, { itemId, answer: [right.id] }, now, SECRET);
  await submitReview(
    prismaReviewStore(db),
    learnerId,
    { itemId, token: graded.token, idempotencyKey: `key-${now.getTime()}-abcdef`, rating: "good" },
    now,
    SECRET,
  );
  return { itemId, versionId: q.id };
}

describe("question versions", () => {
  it("editing a published question creates version 2; the review item follows it and the learner keeps their schedule", async () => {
    await subscribe(db, learnerId, "seed-versions", t0);
    const { itemId, versionId: v1 } = await reviewOnce(t0);
    const stateBefore = await db.reviewState.findUniqueOrThrow({
      where: { userId_itemId: { userId: learnerId, itemId } },
    });

    const current = await live();
    const draft = { ...draftOfRow(current), stem: "Which setting guarantees AND caps one function's concurrency?" };
    const revision = await db.$transaction((tx) => reviseQuestion(tx, current, draft, t1));

    expect(revision.outcome).toBe("versioned");
    const versions = await db.question.findMany({
      where: { lineageId: current.lineageId },
      orderBy: { version: "asc" },
    });
    expect(versions.map((v) => [v.version, v.supersededAt, v.stem])).toEqual([
      [1, t1, bankFile().questions[0]!.stem],
      [2, null, draft.stem],
    ]);
    expect((await db.reviewItem.findUniqueOrThrow({ where: { id: itemId } })).questionId).toBe(revision.id);
    const stateAfter = await db.reviewState.findUniqueOrThrow({
      where: { userId_itemId: { userId: learnerId, itemId } },
    });
    expect(stateAfter).toEqual(stateBefore);
    // The old version's options are untouched: what was answered can still be shown.
    expect(await db.questionOption.count({ where: { questionId: v1 } })).toBe(4);
  });

  it("the review log records the version that was answered, before and after an edit", async () => {
    await subscribe(db, learnerId, "seed-versions", t0);
    const first = await reviewOnce(t0);
    const current = await live();
    await db.$transaction((tx) =>
      reviseQuestion(
        tx,
        current,
        { ...draftOfRow(current), explanation: "A new explanation of the reserved pool." },
        t1,
      ),
    );
    const later = new Date(t1.getTime() + 30 * 86_400_000);
    const second = await reviewOnce(later);
    expect(second.versionId).not.toBe(first.versionId);
    const logs = await db.reviewLog.findMany({ where: { userId: learnerId }, orderBy: { reviewedAt: "asc" } });
    expect(logs.map((l) => l.questionId)).toEqual([first.versionId, second.versionId]);
  });

  it("an answer given on options of the version shown before an edit is refused with 409, not graded against the new one", async () => {
    await subscribe(db, learnerId, "seed-versions", t0);
    const old = await live();
    const oldRight = await db.questionOption.findFirstOrThrow({ where: { questionId: old.id, correct: true } });
    await db.$transaction((tx) => reviseQuestion(tx, old, { ...draftOfRow(old), stem: `${old.stem} (edited)` }, t1));
    await expect(
      answerItem(db, learnerId, { itemId: `q:${old.lineageId}`, answer: [oldRight.id] }, t1, SECRET),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("an exam answer keeps pointing at the version it answered", async () => {
    const v1 = await live();
    const attempt = await db.examAttempt.create({
      data: { userId: learnerId, mode: "TIMED", blueprint: "{}", seed: 1 },
    });
    await db.examAnswer.create({ data: { attemptId: attempt.id, questionId: v1.id, position: 0 } });
    await db.$transaction((tx) => reviseQuestion(tx, v1, { ...draftOfRow(v1), stem: `${v1.stem} Choose one.` }, t1));
    const answer = await db.examAnswer.findFirstOrThrow({
      where: { attemptId: attempt.id },
      include: { question: true },
    });
    expect(answer.question.stem).toBe(v1.stem);
    expect(answer.question.supersededAt).toEqual(t1);
  });

  it("a question nobody could have seen (unpublished bank, never answered) is edited in place", async () => {
    await db.questionBank.update({ where: { id: "seed-versions" }, data: { published: false } });
    const current = await live();
    const revision = await db.$transaction((tx) =>
      reviseQuestion(tx, current, { ...draftOfRow(current), stem: `${current.stem} Draft.` }, t1),
    );
    expect(revision).toEqual({ outcome: "edited", id: current.id });
    expect(await db.question.count({ where: { lineageId: current.lineageId } })).toBe(1);
    expect((await live()).stem).toBe(`${current.stem} Draft.`);
  });

  it("saving the same content creates no version", async () => {
    const current = await live();
    const revision = await db.$transaction((tx) => reviseQuestion(tx, current, draftOfRow(current), t1));
    expect(revision.outcome).toBe("unchanged");
    expect(await db.question.count()).toBe(1);
  });
});

describe("seed banks under versions", () => {
  it("a changed seed question becomes a new version; the same file again changes nothing", async () => {
    const report = await seedBanks(
      db,
      [bankFile("Which one setting both guarantees and caps a function's concurrency?")],
      ownerId,
      t1,
    );
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(await db.question.count()).toBe(2);
    const again = await seedBanks(
      db,
      [bankFile("Which one setting both guarantees and caps a function's concurrency?")],
      ownerId,
      t1,
    );
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await db.question.count()).toBe(2);
  });

  it("a question stored under an older hash scheme is recognised as unchanged, not versioned", async () => {
    await db.question.updateMany({ data: { contentHash: "sha256-of-the-old-scheme" } });
    const report = await seedBanks(db, [bankFile()], ownerId, t1);
    expect(report).toMatchObject({ updated: 0, unchanged: 1 });
    expect(await db.question.count()).toBe(1);
  });

  it("retires a question that left the file and restores it, same lineage, when it comes back", async () => {
    const { lineageId } = await live();
    const empty = {
      ...bankFile(),
      questions: [
        { ...bankFile().questions[0]!, id: "v-002", stem: "Another question about the concurrency of one function?" },
      ],
    };
    expect((await seedBanks(db, [empty], ownerId, t1)).retired).toBe(1);
    expect((await db.reviewItem.findUniqueOrThrow({ where: { id: `q:${lineageId}` } })).retiredAt).toEqual(t1);
    await seedBanks(db, [bankFile()], ownerId, t1);
    const back = await db.question.findFirstOrThrow({ where: { externalId: "v-001" } });
    expect(back).toMatchObject({ lineageId, retiredAt: null, supersededAt: null });
    expect((await db.reviewItem.findUniqueOrThrow({ where: { id: `q:${lineageId}` } })).retiredAt).toBeNull();
  });
});
