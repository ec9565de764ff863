import type { PrismaClient } from "../platform/prisma";
import { AppError, notFound } from "../platform/errors";
import type { ExamEnd } from "@/lib/generated/prisma/enums";
import { closedReason } from "@/lib/exam/timing";
import type { SaveAnswerInput } from "@/lib/validations/exams";
import { finalizeIfExpired } from "./submit";
import { parseIds } from "./stored";

/** One question of a learner's open attempt, as a write needs it. */
export async function loadAnswerForWrite(
  db: PrismaClient,
  userId: string,
  attemptId: string,
  position: number,
  now: Date,
) {
  const row = await db.examAnswer.findFirst({
    where: { attemptId, position, attempt: { userId } },
    select: {
      questionId: true,
      selected: true,
      flagged: true,
      struck: true,
      revision: true,
      revealedAt: true,
      question: { select: { options: { select: { id: true, correct: true } } } },
      attempt: {
        select: { id: true, seed: true, blueprint: true, deadlineAt: true, submittedAt: true, endedBy: true },
      },
    },
  });
  if (!row) {
    const mine = await db.examAttempt.count({ where: { id: attemptId, userId } });
    throw mine ? notFound(`Question ${position} of this attempt`) : notFound("Exam attempt");
  }
  await assertOpen(db, row.attempt, now);
  return row;
}

/**
 * Refuses a write to an attempt that no longer takes answers, saying why: its time ran out (the
 * server submits it first if nobody has yet), or the learner submitted it.
 */
export async function assertOpen(
  db: PrismaClient,
  a: { id: string; deadlineAt: Date | null; submittedAt: Date | null; endedBy: ExamEnd | null },
  now: Date,
): Promise<void> {
  const closed = closedReason(a, now);
  if (closed === null) return;
  if (closed === "time-up" || a.endedBy === "DEADLINE") {
    await finalizeIfExpired(db, a, now);
    throw new AppError(
      409,
      `Time is up: this exam ended at ${a.deadlineAt!.toISOString().slice(11, 16)} UTC and the server submitted it. Answers sent after the deadline are not accepted.`,
    );
  }
  throw new AppError(409, "This exam has been submitted; its answers can no longer change.");
}

/** Refuses options that are not the question's, or more choices than the question asks for. */
export function assertValidChoice(
  input: Pick<SaveAnswerInput, "selected" | "struck">,
  options: ReadonlyArray<{ id: string; correct: boolean }>,
  position: number,
): void {
  const ids = new Set(options.map((o) => o.id));
  const unknown = [...input.selected, ...input.struck].find((id) => !ids.has(id));
  if (unknown) throw new AppError(400, `Option ${unknown} is not one of the options of question ${position}`);
  const select = options.filter((o) => o.correct).length;
  if (input.selected.length > select) {
    throw new AppError(
      400,
      `Question ${position} asks for ${select} option${select === 1 ? "" : "s"}; ${input.selected.length} were chosen`,
    );
  }
}

/** True when a stored answer already equals the one being saved. */
export const sameAnswer = (
  row: { selected: string; flagged: boolean; struck: string },
  input: Pick<SaveAnswerInput, "selected" | "flagged" | "struck">,
) =>
  row.flagged === input.flagged &&
  parseIds(row.selected).sort().join() === [...input.selected].sort().join() &&
  parseIds(row.struck).sort().join() === [...input.struck].sort().join();
