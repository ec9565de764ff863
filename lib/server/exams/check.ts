import type { PrismaClient } from "../platform/prisma";
import { AppError } from "../platform/errors";
import { isAnswerCorrect } from "@/lib/exam/scoring";
import type { SaveAnswerInput } from "@/lib/validations/exams";
import { loadAnswerForWrite } from "./answer-row";
import { saveAnswer } from "./save";
import { parseBlueprint } from "./stored";
import { questionSelect, revealOf, type AnswerState, type RevealView } from "./view";

/**
 * Practice modes: saves the learner's answer, locks it and reveals the key, the explanation and
 * every option's feedback. Checking again returns the same reveal. A timed mock refuses: its
 * feedback comes only after submission.
 */
export async function checkAnswer(
  db: PrismaClient,
  userId: string,
  attemptId: string,
  position: number,
  input: SaveAnswerInput,
  now: Date,
): Promise<{ answer: AnswerState; reveal: RevealView }> {
  const row = await loadAnswerForWrite(db, userId, attemptId, position, now);
  if (parseBlueprint(row.attempt.blueprint).feedback !== "each") {
    throw new AppError(403, "A timed mock shows answers and explanations only after you submit it.");
  }
  if (input.selected.length === 0)
    throw new AppError(400, `Choose an answer to question ${position} before checking it`);
  const saved = await saveAnswer(db, userId, attemptId, position, input, now);
  if (saved.status === "stale") {
    throw new AppError(
      409,
      `Question ${position} was changed in another tab or device; reload to see its latest answer.`,
    );
  }
  const full = await db.examAnswer.findUniqueOrThrow({
    where: { attemptId_questionId: { attemptId, questionId: row.questionId } },
    select: {
      position: true,
      selected: true,
      flagged: true,
      struck: true,
      revision: true,
      revealedAt: true,
      question: { select: questionSelect },
    },
  });
  const reveal = revealOf(full, row.attempt.seed);
  if (!full.revealedAt) {
    await db.examAnswer.updateMany({
      where: { attemptId, questionId: row.questionId, revealedAt: null },
      data: { revealedAt: now, correct: isAnswerCorrect(saved.answer.selected, reveal.correctIds) },
    });
  }
  return { answer: saved.answer, reveal };
}
