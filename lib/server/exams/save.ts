import type { PrismaClient } from "../platform/prisma";
import { AppError } from "../platform/errors";
import type { SaveAnswerInput } from "@/lib/validations/exams";
import { assertOpen, assertValidChoice, loadAnswerForWrite, sameAnswer } from "./answer-row";
import { parseIds, serializeIds } from "./stored";
import { answerState, type AnswerState } from "./view";

/** "saved": stored (or already stored: a replay); "stale": a newer save is stored, here it is. */
export type SaveResult = { status: "saved"; answer: AnswerState } | { status: "stale"; answer: AnswerState };

/**
 * Autosave of one question's on-screen state (choice, flag, struck-out options). Idempotent:
 * the same save twice stores it once. Ordered by the client's revision: a save only applies
 * over an older revision, so a delayed or replayed request never overwrites a newer answer
 * (from this tab or another device). Refused once the attempt is submitted or out of time.
 */
export async function saveAnswer(
  db: PrismaClient,
  userId: string,
  attemptId: string,
  position: number,
  input: SaveAnswerInput,
  now: Date,
): Promise<SaveResult> {
  const row = await loadAnswerForWrite(db, userId, attemptId, position, now);
  assertValidChoice(input, row.question.options, position);
  const selected = serializeIds(input.selected);
  const choiceChanged = selected !== serializeIds(parseIds(row.selected));
  if (row.revealedAt && choiceChanged) {
    throw new AppError(409, `You already checked question ${position}; its answer can no longer change.`);
  }
  const { count } = await db.examAnswer.updateMany({
    where: {
      attemptId,
      questionId: row.questionId,
      revision: { lt: input.revision },
      // The submission claims submittedAt first: a save racing it either lands before or is refused.
      attempt: { submittedAt: null },
    },
    data: {
      selected,
      flagged: input.flagged,
      struck: serializeIds(input.struck),
      revision: input.revision,
      ...(choiceChanged ? { answeredAt: input.selected.length > 0 ? now : null } : {}),
    },
  });
  const saved = {
    selected: [...input.selected].sort(),
    flagged: input.flagged,
    struck: [...input.struck].sort(),
    revision: input.revision,
  };
  if (count === 1) return { status: "saved", answer: saved };

  const current = await db.examAnswer.findUniqueOrThrow({
    where: { attemptId_questionId: { attemptId, questionId: row.questionId } },
    select: {
      selected: true,
      flagged: true,
      struck: true,
      revision: true,
      attempt: { select: { id: true, deadlineAt: true, submittedAt: true, endedBy: true } },
    },
  });
  await assertOpen(db, current.attempt, now);
  if (current.revision === input.revision && sameAnswer(current, input)) return { status: "saved", answer: saved };
  return { status: "stale", answer: answerState(current) };
}
