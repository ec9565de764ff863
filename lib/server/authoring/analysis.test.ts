import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import type { PrismaClient } from "../platform/prisma";
import { bankAnalysis } from "./analysis";
import { createBank } from "./banks";
import { createQuestion } from "./questions";
import type { QuestionInput } from "@/lib/validations/authoring";

const t0 = new Date("2026-12-02T09:00:00Z");
let db: PrismaClient;
let cleanup: () => Promise<void>;
beforeEach(() => void ({ db, cleanup } = freshDb()));
afterEach(() => cleanup());

const question = (stem: string): QuestionInput => ({
  type: "single",
  title: null,
  stem,
  options: ["A", "B", "C", "D"].map((text, i) => ({
    text: `Option ${text}`,
    correct: i === 0,
    weight: 0,
    feedback: "",
    misconception: null,
  })),
  explanation: "",
  domain: null,
  topic: null,
  category: null,
  cardId: null,
  tags: [],
  references: [],
});

/**
 * Four submitted attempts (scores raw/4: 1.0, 0.75, 0.5, 0.25) and one learner's practice (first
 * answers: Q1 right, Q2 wrong → score 0.5). Q1 is right for the attempts scoring 1.0 and 0.75
 * and in practice; Q2 only for the attempts scoring 0.5 and 0.25, and option C draws the rest.
 * By hand, over the scores 1, 0.75, 0.5, 0.25, 0.5: mean 0.6, variance (0.16 + 0.0225 + 0.01 +
 * 0.1225 + 0.01) / 5 = 0.065, s = 0.25495; Q1: M1 = 0.75, M0 = 0.375, p = 0.6 →
 * r = 0.375 / 0.25495 · 0.48990 = 0.72058; Q2 mirrors it: p = 0.4, r = −0.72058.
 */
describe("bank item analysis from exam attempts and practice reviews", () => {
  it("computes facility, discrimination and choices as by hand, ignoring unsubmitted attempts, undone and later practice", async () => {
    const owner = await db.user.create({ data: { email: "o@example.com", role: "INSTRUCTOR" } });
    const learner = await db.user.create({ data: { email: "l@example.com" } });
    const bank = await createBank(db, owner, { title: "Analysed", description: "" });
    await createQuestion(db, owner, bank.id, question("First question?"), t0);
    await createQuestion(db, owner, bank.id, question("Second question?"), t0);
    const qs = await db.question.findMany({
      where: { bankId: bank.id },
      include: { options: { orderBy: { position: "asc" } } },
      orderBy: { position: "asc" },
    });
    const opt = (q: number, letter: "A" | "B" | "C") => qs[q]!.options["ABC".indexOf(letter)]!.id;

    const attempts: [number, "A" | "B", "A" | "C"][] = [
      [4, "A", "C"],
      [3, "A", "C"],
      [2, "B", "A"],
      [1, "B", "A"],
    ];
    for (const [raw, q1, q2] of attempts) {
      const a = await db.examAttempt.create({
        data: { userId: learner.id, mode: "TIMED", blueprint: "{}", seed: raw, rawScore: raw, submittedAt: t0 },
      });
      const other = await db.question.create({
        data: {
          id: `x${raw}`,
          lineageId: `x${raw}`,
          bankId: bank.id,
          contentHash: "x",
          type: "SINGLE",
          stem: "x",
          retiredAt: t0,
        },
      });
      const other2 = await db.question.create({
        data: {
          id: `y${raw}`,
          lineageId: `y${raw}`,
          bankId: bank.id,
          contentHash: "y",
          type: "SINGLE",
          stem: "y",
          retiredAt: t0,
        },
      });
      await db.examAnswer.createMany({
        data: [
          {
            attemptId: a.id,
            questionId: qs[0]!.id,
            position: 0,
            selected: JSON.stringify([opt(0, q1)]),
            correct: q1 === "A",
          },
          {
            attemptId: a.id,
            questionId: qs[1]!.id,
            position: 1,
            selected: JSON.stringify([opt(1, q2)]),
            correct: q2 === "A",
          },
          { attemptId: a.id, questionId: other.id, position: 2, correct: true },
          { attemptId: a.id, questionId: other2.id, position: 3, correct: false },
        ],
      });
    }
    const unsubmitted = await db.examAttempt.create({
      data: { userId: learner.id, mode: "TIMED", blueprint: "{}", seed: 9 },
    });
    await db.examAnswer.create({
      data: {
        attemptId: unsubmitted.id,
        questionId: qs[0]!.id,
        position: 0,
        selected: JSON.stringify([opt(0, "B")]),
        correct: false,
      },
    });

    let n = 0;
    const log = (q: number, letter: "A" | "B" | "C", at: number, undone = false) =>
      db.reviewLog.create({
        data: {
          userId: learner.id,
          itemId: `q:${qs[q]!.lineageId}`,
          questionId: qs[q]!.id,
          idempotencyKey: `k${++n}`,
          baseVersion: n,
          rating: 3,
          state: 0,
          due: t0,
          stability: 0,
          difficulty: 0,
          elapsedDays: 0,
          lastElapsed: 0,
          scheduledDays: 0,
          learningSteps: 0,
          reviewedAt: new Date(t0.getTime() + at),
          nextDue: t0,
          answer: JSON.stringify([opt(q, letter)]),
          correct: letter === "A",
          prevState: "{}",
          undoneAt: undone ? t0 : null,
        },
      });
    await log(0, "C", 0, true); // undone: not an answer
    await log(0, "A", 1);
    await log(1, "C", 2);
    await log(0, "B", 3); // a later answer: the learner's first one counts

    const [q1, q2] = await bankAnalysis(db, bank.id);
    expect(q1).toMatchObject({ responses: 5, exam: 4, practice: 1, facility: 0.6, flags: [] });
    expect(q1!.discrimination).toBeCloseTo(0.72058, 5);
    expect(q1!.choices.map((c) => c.chosen)).toEqual([3, 2, 0, 0]);
    expect(q2).toMatchObject({ responses: 5, facility: 0.4 });
    expect(q2!.discrimination).toBeCloseTo(-0.72058, 5);
    expect(q2!.choices.map((c) => c.chosen)).toEqual([2, 0, 3, 0]);
    expect(q2!.flags).toEqual([
      "negative discrimination: stronger candidates get it wrong more often than weaker ones",
      "distractor C is chosen more often than the key",
    ]);
  });
});

describe("demo attempts", () => {
  it("give the seed bank's analysis real figures and flag the two deliberately flawed questions; a second run adds nothing", async () => {
    const { loadBankFiles, seedBanks } = await import("../banks/seed-banks");
    const { seedDemoAttempts } = await import("./demo-attempts");
    const { FLAWED } = await import("@/lib/banks/demo-responses");
    const owner = await db.user.create({ data: { email: "o@example.com", role: "INSTRUCTOR" } });
    // The real seed bank, without links to concept cards (this database has none).
    const files = loadBankFiles()
      .filter((f) => f.id === "lambda-core")
      .map((f) => ({ ...f, questions: f.questions.map((q) => ({ ...q, cardId: undefined })) }));
    await seedBanks(db, files, owner.id, t0);
    expect(await seedDemoAttempts(db, t0)).toBe(60);
    expect(await seedDemoAttempts(db, t0)).toBe(0);
    expect(await db.examAttempt.count()).toBe(60);

    const stats = await bankAnalysis(db, "seed-lambda-core");
    expect(stats.every((s) => s.responses === 60)).toBe(true);
    expect(stats[FLAWED.negative]!.flags[0]).toMatch(/^negative discrimination/);
    expect(stats[FLAWED.attractiveDistractor]!.flags).toContainEqual(
      expect.stringMatching(/^distractor . is chosen more often than the key/),
    );
    const sound = stats.filter((_, i) => i !== FLAWED.negative && i !== FLAWED.attractiveDistractor);
    expect(sound.filter((s) => (s.discrimination ?? 0) > 0.2).length).toBeGreaterThan(sound.length * 0.8);
    // A wrong multiple-response answer leaves out one key, not always the same: no key of a sound
    // multiple-response item that two or more candidates got wrong is chosen by everyone, and no
    // sound item is flagged.
    const keyShares = sound
      .filter((s) => s.responses * (1 - (s.facility ?? 1)) >= 2)
      .map((s) => s.choices.filter((c) => c.correct).map((c) => c.share));
    const multiple = keyShares.filter((k) => k.length > 1);
    expect(multiple.length).toBeGreaterThan(0);
    for (const k of multiple) expect(Math.max(...k)).toBeLessThan(1);
    expect(sound.flatMap((s) => s.flags)).toEqual([]);
  });
});
