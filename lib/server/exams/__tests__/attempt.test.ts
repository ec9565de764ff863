import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import type { PrismaClient } from "../../platform/prisma";
import { AppError } from "../../platform/errors";
import { startAttempt } from "../start";
import { getAttemptView, type AttemptView } from "../view";
import { saveAnswer } from "../save";
import { checkAnswer } from "../check";
import { submitByLearner } from "../finish";
import { getResults } from "../results";
import { reportQuestion } from "../reports";
import { keyOf, SECRET_MARK, seedFixtureBank, user } from "./fixtures";

const t0 = new Date("2026-12-01T09:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
let db: PrismaClient;
let cleanup: () => Promise<void>;
let me: string;

beforeEach(async () => {
  ({ db, cleanup } = freshDb());
  await seedFixtureBank(db, { perDomain: { D1: 30, D2: 30, D3: 30, D4: 30 }, multipleEvery: 4 });
  me = (await user(db, "me@example.com")).id;
});
afterEach(() => cleanup());

async function openView(attemptId: string, now = t0): Promise<AttemptView> {
  const v = await getAttemptView(db, me, attemptId, now);
  if (v.status !== "open") throw new Error("expected an open attempt");
  return v;
}
const status = (p: Promise<unknown>) =>
  p.then(
    () => 0,
    (e: unknown) => (e instanceof AppError ? e.status : -1),
  );

describe("starting a timed mock", () => {
  it("draws 75 questions to the weights, 65 scored, with the deadline 180 minutes after the start", async () => {
    const { id, questions } = await startAttempt(db, me, { mode: "TIMED", count: 75 }, t0, 123);
    expect(questions).toBe(75);
    const a = await db.examAttempt.findUniqueOrThrow({
      where: { id },
      include: { answers: { include: { question: { select: { domain: true } } } } },
    });
    expect(a.deadlineAt).toEqual(at(180 * 60_000));
    expect(a.answers.filter((x) => x.scored)).toHaveLength(65);
    const byDomain = a.answers.reduce<Record<string, number>>((m, x) => {
      m[x.question.domain!] = (m[x.question.domain!] ?? 0) + 1;
      return m;
    }, {});
    expect(byDomain).toEqual({ D1: 19, D2: 22, D3: 19, D4: 15 });
    expect(a.answers.map((x) => x.position).sort((x, y) => x - y)).toEqual(Array.from({ length: 75 }, (_, i) => i + 1));
  });

  it("allows one timed mock at a time and says so", async () => {
    await startAttempt(db, me, { mode: "TIMED", count: 75 }, t0, 1);
    await expect(startAttempt(db, me, { mode: "TIMED", count: 75 }, at(1000), 2)).rejects.toThrow(
      "You already have a timed mock in progress",
    );
    // A practice alongside is fine.
    await expect(startAttempt(db, me, { mode: "PRACTICE", count: 10 }, at(2000), 3)).resolves.toBeDefined();
  });

  it("refuses the second of two timed mocks started at once (a double click, two tabs)", async () => {
    const starts = await Promise.allSettled([
      startAttempt(db, me, { mode: "TIMED", count: 20 }, t0, 1),
      startAttempt(db, me, { mode: "TIMED", count: 20 }, t0, 2),
    ]);
    expect(starts.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    const refused = starts.find((s) => s.status === "rejected");
    expect(refused?.reason).toBeInstanceOf(AppError);
    expect((refused?.reason as AppError).status).toBe(409);
    expect((refused?.reason as AppError).message).toMatch(/^You already have a timed mock in progress/);
    expect(await db.examAttempt.count({ where: { userId: me } })).toBe(1);
    expect(await db.examAnswer.count()).toBe(20); // the refused start left no rows behind
  });

  it("frees the timed-mock slot when the mock is submitted, by the learner or at the deadline", async () => {
    const first = await startAttempt(db, me, { mode: "TIMED", count: 10 }, t0, 1);
    await submitByLearner(db, me, first.id, at(60_000));
    const second = await startAttempt(db, me, { mode: "TIMED", count: 10 }, at(120_000), 2);
    // The second mock runs out (24 minutes); a start long after submits it at its deadline and goes ahead.
    const third = await startAttempt(db, me, { mode: "TIMED", count: 10 }, at(3 * 3_600_000), 3);
    expect(await db.examAttempt.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ endedBy: "DEADLINE" });
    expect(third.id).not.toBe(second.id);
  });

  it("avoids the questions of the previous mock when the bank allows it", async () => {
    const first = await startAttempt(db, me, { mode: "TIMED", count: 20 }, t0, 1);
    await submitByLearner(db, me, first.id, at(1000));
    const second = await startAttempt(db, me, { mode: "TIMED", count: 20 }, at(2000), 2);
    const ids = async (id: string) =>
      (await db.examAnswer.findMany({ where: { attemptId: id }, select: { questionId: true } })).map(
        (r) => r.questionId,
      );
    const a = new Set(await ids(first.id));
    expect((await ids(second.id)).filter((q) => a.has(q))).toEqual([]);
  });
});

describe("the attempt view sent to the browser", () => {
  it("has exactly the allowed fields during a timed mock, and no key, feedback or explanation", async () => {
    const { id } = await startAttempt(db, me, { mode: "TIMED", count: 75 }, t0, 5);
    const v = await openView(id);
    expect(Object.keys(v).sort()).toEqual(
      ["deadlineAt", "id", "keyShown", "mode", "questions", "serverNow", "startedAt", "status", "title"].sort(),
    );
    for (const q of v.questions) {
      expect(Object.keys(q).sort()).toEqual(["answer", "options", "position", "select", "stem"]);
      expect(Object.keys(q.answer).sort()).toEqual(["flagged", "revision", "selected", "struck"]);
      for (const o of q.options) expect(Object.keys(o).sort()).toEqual(["id", "text"]);
    }
    const json = JSON.stringify(v);
    expect(json).not.toContain(SECRET_MARK);
    expect(json).not.toMatch(/correct|feedback|explanation|misconception|"scored"|cardId|reveal/i);
    expect(v.keyShown).toBe("after-submit");
    expect(v.questions.filter((q) => q.select === 2).length).toBeGreaterThan(0);
  });

  it("resumes with the same questions, option order and answers after a reload or another device", async () => {
    const { id } = await startAttempt(db, me, { mode: "TIMED", count: 75 }, t0, 9);
    const first = await openView(id);
    const q = first.questions[3]!;
    await saveAnswer(
      db,
      me,
      id,
      q.position,
      { selected: [q.options[2]!.id], flagged: true, struck: [q.options[0]!.id], revision: 1 },
      at(1000),
    );
    const again = await openView(id, at(5000));
    expect(again.questions.map((x) => [x.stem, x.options])).toEqual(first.questions.map((x) => [x.stem, x.options]));
    expect(again.questions[3]!.answer).toEqual({
      selected: [q.options[2]!.id],
      flagged: true,
      struck: [q.options[0]!.id],
      revision: 1,
    });
    expect(again.serverNow).toBe(at(5000).toISOString());
  });

  it("answers 404 for another learner's attempt, whatever they try", async () => {
    const { id } = await startAttempt(db, me, { mode: "PRACTICE", count: 10 }, t0, 1);
    const other = (await user(db, "other@example.com")).id;
    const save = { selected: [], flagged: true, struck: [], revision: 1 };
    expect(await status(getAttemptView(db, other, id, t0))).toBe(404);
    expect(await status(saveAnswer(db, other, id, 1, save, t0))).toBe(404);
    expect(await status(checkAnswer(db, other, id, 1, { ...save, selected: ["x"] }, t0))).toBe(404);
    expect(await status(submitByLearner(db, other, id, t0))).toBe(404);
    expect(await status(getResults(db, other, id, t0))).toBe(404);
    expect(await status(reportQuestion(db, other, id, 1, { reason: "typo", message: "" }, t0))).toBe(404);
    expect(await db.examAnswer.count({ where: { attemptId: id, flagged: true } })).toBe(0);
  });
});

describe("autosave", () => {
  it("stores each save once, ignores a replay, and never lets an older save overwrite a newer one", async () => {
    const { id } = await startAttempt(db, me, { mode: "TIMED", count: 20 }, t0, 3);
    const q = (await openView(id)).questions[0]!;
    const [a, b] = [q.options[0]!.id, q.options[1]!.id];
    const v1 = { selected: [a], flagged: false, struck: [], revision: 1 };
    const v2 = { selected: [b], flagged: true, struck: [a], revision: 2 };
    expect(await saveAnswer(db, me, id, 1, v1, at(1000))).toMatchObject({ status: "saved" });
    expect(await saveAnswer(db, me, id, 1, v2, at(2000))).toMatchObject({ status: "saved" });
    // The replay of v2 is fine; v1 arriving late (or replayed) is stale and gets the stored answer back.
    expect(await saveAnswer(db, me, id, 1, v2, at(3000))).toMatchObject({ status: "saved" });
    expect(await saveAnswer(db, me, id, 1, v1, at(3000))).toEqual({
      status: "stale",
      answer: { selected: [b], flagged: true, struck: [a], revision: 2 },
    });
    // Another tab that loaded revision 0: its first save (revision 1) is stale, and so is a different answer at revision 2.
    expect((await saveAnswer(db, me, id, 1, { ...v1, selected: [], revision: 1 }, at(4000))).status).toBe("stale");
    expect((await saveAnswer(db, me, id, 1, { ...v2, selected: [], revision: 2 }, at(4000))).status).toBe("stale");
    const row = await db.examAnswer.findFirstOrThrow({ where: { attemptId: id, position: 1 } });
    expect(row).toMatchObject({ selected: JSON.stringify([b]), flagged: true, revision: 2, answeredAt: at(2000) });
  });

  it("refuses options that are not the question's and more choices than asked, changing nothing", async () => {
    const { id } = await startAttempt(db, me, { mode: "TIMED", count: 20 }, t0, 3);
    const v = await openView(id);
    const single = v.questions.find((q) => q.select === 1)!;
    const other = v.questions.find((q) => q !== single)!;
    await expect(
      saveAnswer(
        db,
        me,
        id,
        single.position,
        { selected: [other.options[0]!.id], flagged: false, struck: [], revision: 1 },
        t0,
      ),
    ).rejects.toThrow(`is not one of the options of question ${single.position}`);
    await expect(
      saveAnswer(
        db,
        me,
        id,
        single.position,
        { selected: [single.options[0]!.id, single.options[1]!.id], flagged: false, struck: [], revision: 1 },
        t0,
      ),
    ).rejects.toThrow(`Question ${single.position} asks for 1 option; 2 were chosen`);
    await expect(
      saveAnswer(db, me, id, 99, { selected: [], flagged: true, struck: [], revision: 1 }, t0),
    ).rejects.toThrow("Question 99 of this attempt not found");
    expect(await db.examAnswer.count({ where: { attemptId: id, revision: { gt: 0 } } })).toBe(0);
  });
});

describe("the server's clock", () => {
  it("takes answers until the deadline, then submits the attempt itself and refuses late answers clearly", async () => {
    const { id } = await startAttempt(db, me, { mode: "TIMED", count: 10 }, t0, 4);
    const deadline = (await db.examAttempt.findUniqueOrThrow({ where: { id } })).deadlineAt!;
    expect(deadline).toEqual(at(24 * 60_000)); // 10 questions: 180 × 10 / 75 = 24 minutes
    const key = await keyOf(db, id, 1);
    const save = (revision: number, now: Date) =>
      saveAnswer(db, me, id, 1, { selected: key.right.slice(0, 1), flagged: false, struck: [], revision }, now);
    await save(1, new Date(deadline.getTime() - 1));
    await save(2, new Date(deadline.getTime() + 4_000)); // in flight at the deadline: accepted
    const late = await save(3, new Date(deadline.getTime() + 60_000)).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(AppError);
    expect((late as AppError).status).toBe(409);
    expect((late as AppError).message).toMatch(/^Time is up: this exam ended at 09:24 UTC and the server submitted it/);
    const a = await db.examAttempt.findUniqueOrThrow({ where: { id } });
    expect(a).toMatchObject({ submittedAt: deadline, endedBy: "DEADLINE" });
    expect(a.rawScore).toBe(key.right.length === 1 ? 1 : 0);
    expect((await db.examAnswer.findFirstOrThrow({ where: { attemptId: id, position: 1 } })).revision).toBe(2);
  });

  it("submits an expired attempt when it is next read, even if nobody answers again", async () => {
    const { id } = await startAttempt(db, me, { mode: "TIMED", count: 10 }, t0, 4);
    expect((await getAttemptView(db, me, id, at(23 * 60_000))).status).toBe("open");
    expect(await getAttemptView(db, me, id, at(3 * 3_600_000))).toEqual({ status: "submitted", id });
    const r = await getResults(db, me, id, at(3 * 3_600_000));
    expect(r).toMatchObject({ endedBy: "DEADLINE", timeUsedMs: 24 * 60_000, raw: 0, scaled: 100, passed: false });
    // An answer arriving now is refused as late (not merely "submitted"), and changes nothing.
    await expect(
      saveAnswer(db, me, id, 1, { selected: [], flagged: true, struck: [], revision: 1 }, at(3 * 3_600_000 + 1000)),
    ).rejects.toThrow(/^Time is up: this exam ended at 09:24 UTC/);
    expect(await db.examAnswer.count({ where: { attemptId: id, flagged: true } })).toBe(0);
  });
});

describe("practice feedback", () => {
  it("reveals the key and explanations after each checked answer, then locks it", async () => {
    const { id } = await startAttempt(db, me, { mode: "PRACTICE", count: 10 }, t0, 8);
    const v = await openView(id);
    expect(v.questions.every((q) => q.reveal === null)).toBe(true);
    const key = await keyOf(db, id, 1);
    const wrong = { selected: key.wrong.slice(0, 1), flagged: false, struck: [], revision: 1 };
    const r = await checkAnswer(db, me, id, 1, wrong, at(1000));
    expect(r.reveal.correct).toBe(false);
    expect([...r.reveal.correctIds].sort()).toEqual([...key.right].sort());
    expect(r.reveal.explanation).toContain(SECRET_MARK);
    expect(r.reveal.options).toHaveLength(v.questions[0]!.options.length);
    // Checking again is idempotent; changing the choice afterwards is refused.
    expect((await checkAnswer(db, me, id, 1, wrong, at(2000))).reveal.correct).toBe(false);
    await expect(
      saveAnswer(db, me, id, 1, { ...wrong, selected: key.right.slice(0, 1), revision: 2 }, at(3000)),
    ).rejects.toThrow("You already checked question 1");
    // Flagging a checked question is still fine.
    expect((await saveAnswer(db, me, id, 1, { ...wrong, flagged: true, revision: 2 }, at(3000))).status).toBe("saved");
    expect((await openView(id, at(4000))).questions[0]!.reveal).toMatchObject({ correct: false });
  });

  it("refuses to reveal anything during a timed mock", async () => {
    const { id } = await startAttempt(db, me, { mode: "TIMED", count: 10 }, t0, 8);
    const key = await keyOf(db, id, 1);
    await expect(
      checkAnswer(db, me, id, 1, { selected: key.right.slice(0, 1), flagged: false, struck: [], revision: 1 }, t0),
    ).rejects.toMatchObject({
      status: 403,
      message: "A timed mock shows answers and explanations only after you submit it.",
    });
    expect((await db.examAnswer.findFirstOrThrow({ where: { attemptId: id, position: 1 } })).revealedAt).toBeNull();
  });
});
