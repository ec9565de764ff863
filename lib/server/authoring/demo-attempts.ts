import type { PrismaClient } from "../platform/prisma";
import { LIVE } from "../banks/question-versions";
import { timeOrderedId } from "../platform/ids";
import { simulateAttempts } from "@/lib/banks/demo-responses";
import { SAP_C02 } from "@/lib/exam/blueprint";
import { isPass, scaledScore } from "@/lib/exam/scoring";

const COHORT = 30;
const DEMO_BANK = "seed-lambda-core";
const cohortEmail = (i: number) => `cohort-${String(i + 1).padStart(2, "0")}@demo.coldstart.dev`;

/**
 * Demo data for item analysis: a cohort of learners (no passwords: they cannot sign in) who sat
 * the seed bank as timed mock exams, written in the same ExamAttempt / ExamAnswer columns the exam
 * feature writes. Runs once: if the cohort exists, nothing changes.
 */
export async function seedDemoAttempts(db: PrismaClient, now: Date): Promise<number> {
  if (await db.user.findUnique({ where: { email: cohortEmail(0) }, select: { id: true } })) return 0;
  const questions = await db.question.findMany({
    where: { bankId: DEMO_BANK, ...LIVE },
    select: { id: true, options: { select: { id: true, correct: true }, orderBy: { position: "asc" } } },
    orderBy: { position: "asc" },
  });
  if (questions.length === 0) return 0;
  const attempts = simulateAttempts(questions, COHORT, 2, 20261202);
  const users = Array.from({ length: COHORT }, (_, i) => ({
    id: timeOrderedId(now),
    email: cohortEmail(i),
    name: `Demo cohort ${i + 1}`,
  }));
  const rows = attempts.map((a, i) => {
    const startedAt = new Date(now.getTime() - (60 - i) * 12 * 3_600_000);
    const raw = a.responses.filter((r) => r.correct).length;
    // Scored as the exam feature scores a mock (lib/exam/scoring.ts, docs/exams.md).
    const scaled = scaledScore(raw, a.responses.length, SAP_C02);
    return {
      attempt: {
        id: timeOrderedId(now),
        userId: users[a.learner]!.id,
        mode: "TIMED" as const,
        blueprint: JSON.stringify({ demo: true, bankId: DEMO_BANK, questions: a.responses.length, minutes: 180 }),
        seed: 1000 + i,
        startedAt,
        deadlineAt: new Date(startedAt.getTime() + 180 * 60_000),
        submittedAt: new Date(startedAt.getTime() + (90 + (i % 60)) * 60_000),
        rawScore: raw,
        scaledScore: scaled,
        passed: isPass(raw, a.responses.length, SAP_C02),
      },
      responses: a.responses,
    };
  });
  await db.$transaction(async (tx) => {
    await tx.user.createMany({ data: users });
    await tx.examAttempt.createMany({ data: rows.map((r) => r.attempt) });
    await tx.examAnswer.createMany({
      data: rows.flatMap((r) =>
        r.responses.map((x, position) => ({
          attemptId: r.attempt.id,
          questionId: x.questionId,
          position,
          scored: true,
          selected: JSON.stringify(x.selected),
          flagged: x.flagged,
          correct: x.correct,
          answeredAt: new Date(r.attempt.startedAt.getTime() + (position + 1) * 3 * 60_000),
        })),
      ),
    });
  });
  return rows.length;
}
