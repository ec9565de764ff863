import type { PrismaClient } from "../platform/prisma";
import { LIVE } from "../banks/question-versions";
import { questionItemId } from "../banks/question-items";
import { analyseItem, respondentScores, type ItemResponse } from "@/lib/banks/analysis";

const ids = (json: string | null): string[] => {
  try {
    const v = JSON.parse(json ?? "[]") as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
};

/**
 * Item analysis of a bank's live questions (their current versions) from submitted exam attempts
 * (scored against the attempt's score) and practice reviews (each learner's first answer to each
 * question, scored against the learner's share right on the bank).
 */
export async function bankAnalysis(db: PrismaClient, bankId: string) {
  const questions = await db.question.findMany({
    where: { bankId, ...LIVE },
    select: {
      id: true,
      lineageId: true,
      version: true,
      stem: true,
      title: true,
      options: { select: { id: true, text: true, correct: true }, orderBy: { position: "asc" } },
    },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  const versionIds = questions.map((q) => q.id);

  const answers = await db.examAnswer.findMany({
    where: { questionId: { in: versionIds }, scored: true, attempt: { submittedAt: { not: null } } },
    select: { attemptId: true, questionId: true, selected: true, correct: true },
  });
  const attempts = await db.examAttempt.findMany({
    where: { id: { in: [...new Set(answers.map((a) => a.attemptId))] } },
    select: { id: true, rawScore: true, _count: { select: { answers: { where: { scored: true } } } } },
  });
  const scores = new Map(
    attempts.map((a) => [`exam:${a.id}`, a._count.answers ? (a.rawScore ?? 0) / a._count.answers : 0]),
  );

  // Practice: each learner's first answer to each question of the bank (later ones are learned).
  const logs = await db.reviewLog.findMany({
    where: {
      itemId: { in: questions.map((q) => questionItemId(q.lineageId)) },
      undoneAt: null,
      correct: { not: null },
    },
    select: { userId: true, itemId: true, questionId: true, answer: true, correct: true },
    orderBy: { reviewedAt: "asc" },
  });
  const firsts = new Map<string, (typeof logs)[number]>();
  for (const l of logs) if (!firsts.has(`${l.userId}|${l.itemId}`)) firsts.set(`${l.userId}|${l.itemId}`, l);
  const practice = [...firsts.values()];
  const practiceScores = respondentScores(
    practice.map((l) => ({ respondent: `practice:${l.userId}`, selected: [], correct: l.correct === true })),
  );
  for (const [k, v] of practiceScores) scores.set(k, v);

  const byQuestion = new Map<string, ItemResponse[]>(versionIds.map((id) => [id, []]));
  for (const a of answers)
    byQuestion
      .get(a.questionId)
      ?.push({ respondent: `exam:${a.attemptId}`, selected: ids(a.selected), correct: a.correct === true });
  for (const l of practice)
    if (l.questionId)
      byQuestion
        .get(l.questionId)
        ?.push({ respondent: `practice:${l.userId}`, selected: ids(l.answer), correct: l.correct === true });

  return questions.map((q, i) => ({
    number: i + 1,
    lineageId: q.lineageId,
    version: q.version,
    title: q.title,
    stem: q.stem,
    options: q.options,
    exam: answers.filter((a) => a.questionId === q.id).length,
    practice: practice.filter((l) => l.questionId === q.id).length,
    ...analyseItem({ id: q.id, options: q.options }, byQuestion.get(q.id) ?? [], scores),
  }));
}
