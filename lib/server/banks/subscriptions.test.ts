import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import { seed } from "@/prisma/seed-lib";
import type { PrismaClient } from "../platform/prisma";
import { answerItem } from "../reviews/answer";
import { nextReview } from "../reviews/queue";
import { listPublishedBanks, subscribe, syncSubscribedQuestions, unsubscribe } from "./subscriptions";

const SECRET = "test-secret-that-is-long-enough-0123456789";
const now = new Date("2026-11-27T10:00:00Z");
/** The learner's daily limit of new items; the seed bank may hold more questions than that. */
const NEW_PER_DAY = 100;
let db: PrismaClient;
let cleanup: () => Promise<void>;
let userId: string;

beforeEach(async () => {
  ({ db, cleanup } = freshDb());
  await seed(db, now);
  userId = (await db.user.findUniqueOrThrow({ where: { email: "student@coldstart.dev" } })).id;
  await db.reviewSettings.create({ data: { userId, newPerDay: NEW_PER_DAY } });
});
afterEach(() => cleanup());

describe("question bank subscriptions", () => {
  it("lists the seeded bank and brings its questions into reviews as new items", async () => {
    const [bank] = await listPublishedBanks(db, userId);
    expect(bank).toMatchObject({ id: "seed-lambda-core", subscribed: false });
    const added = await subscribe(db, userId, bank!.id, now);
    expect(added).toBe(bank!.questions);
    expect(await subscribe(db, userId, bank!.id, now)).toBe(0);
    expect((await listPublishedBanks(db, userId))[0]!.subscribed).toBe(true);
    const next = await nextReview(db, userId, now);
    expect(next.counts.new).toBe(Math.min(bank!.questions, NEW_PER_DAY));
    expect(next.item!.kind).toBe("question");
    expect(JSON.stringify(next.item)).not.toMatch(/correct|feedback|explanation/);
  });

  it("grades a multiple-response question only on the complete set", async () => {
    const multi = await db.question.findFirstOrThrow({
      where: { bankId: "seed-lambda-core", type: "MULTIPLE" },
      include: { options: true },
    });
    const itemId = `q:${multi.id}`;
    const right = multi.options.filter((o) => o.correct).map((o) => o.id);
    const wrongOne = multi.options.find((o) => !o.correct)!.id;
    // One learner per answer: the first answer a learner gives at a version is the one graded.
    const gradeAs = async (email: string, answer: string[]) => {
      const learner = (await db.user.create({ data: { email } })).id;
      await subscribe(db, learner, "seed-lambda-core", now);
      return answerItem(db, learner, { itemId, answer }, now, SECRET);
    };
    expect((await gradeAs("all@example.com", right)).correct).toBe(true);
    expect((await gradeAs("part@example.com", right.slice(1))).correct).toBe(false);
    expect((await gradeAs("extra@example.com", [...right, wrongOne])).correct).toBe(false);
    const revealed = await gradeAs("reveal@example.com", right.slice(1));
    expect(revealed.key.correctIds.sort()).toEqual([...right].sort());
    expect(Object.keys(revealed.key.optionFeedback)).toHaveLength(multi.options.length);
  });

  it("takes the questions out of the queue on unsubscribe but keeps their history", async () => {
    await subscribe(db, userId, "seed-lambda-core", now);
    const states = await db.reviewState.count({ where: { userId } });
    await unsubscribe(db, userId, "seed-lambda-core");
    expect((await nextReview(db, userId, now)).item).toBeNull();
    expect(await db.reviewState.count({ where: { userId } })).toBe(states);
    expect(await syncSubscribedQuestions(db, userId, now)).toBe(0);
  });

  it("refuses unknown and unpublished banks", async () => {
    await expect(subscribe(db, userId, "nope", now)).rejects.toMatchObject({ status: 404 });
    await db.questionBank.update({ where: { id: "seed-lambda-core" }, data: { published: false } });
    await expect(subscribe(db, userId, "seed-lambda-core", now)).rejects.toMatchObject({ status: 404 });
    expect(await listPublishedBanks(db, userId)).toEqual([]);
  });
});
