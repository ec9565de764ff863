import type { PrismaClient } from "../platform/prisma";
import { AppError, notFound } from "../platform/errors";
import { GRACE_MS } from "@/lib/exam/timing";
import type { SaveAnswerInput } from "@/lib/validations/exams";
import { assertOpen, assertValidChoice, sameAnswer } from "./answer-row";
import { serializeIds } from "./stored";
import { answerState, type AnswerState } from "./view";

/** "saved": stored (or already stored: a replay); "stale": a newer save is stored, here it is. */
export type SaveResult = { status: "saved"; answer: AnswerState } | { status: "stale"; answer: AnswerState };

type TargetRow = { questionId: string; selected: string; revealedAt: unknown; optionId: string; correct: boolean };

const lockedMessage = (position: number) =>
  `You already checked question ${position}; its answer can no longer change.`;

/**
 * Autosave of one question's on-screen state (choice, flag, struck-out options). Idempotent:
 * the same save twice stores it once. Ordered by the client's revision: a save only applies
 * over an older revision, so a delayed or replayed request never overwrites a newer answer
 * (from this tab or another device). Refused once the attempt is submitted or out of time.
 *
 * The hot path (the request a running exam sends most) is two SQL statements and no transaction:
 * one read of the question's options through the learner's attempt, then one UPDATE whose WHERE
 * holds every rule (owner, open attempt, deadline plus grace, newer revision, a checked answer's
 * choice locked), so a race with the submission or the deadline cannot slip between a check and
 * the write. Both are plain SQL through Prisma's tagged templates (parameters bound, quoted
 * identifiers, run on SQLite and PostgreSQL; tests run on both): a Prisma model query costs
 * about 1 ms of CPU each to compile (Prisma 6.19 has no plan cache), a raw one a tenth of that,
 * and that compile was most of a save's cost (docs/exams.md, "Autosave cost"). Only a refused
 * write reads more, to say why.
 */
export async function saveAnswer(
  db: PrismaClient,
  userId: string,
  attemptId: string,
  position: number,
  input: SaveAnswerInput,
  now: Date,
): Promise<SaveResult> {
  const rows = await db.$queryRaw<TargetRow[]>`
    SELECT a."questionId", a."selected", a."revealedAt", o."id" AS "optionId", o."correct"
    FROM "ExamAnswer" a
    JOIN "ExamAttempt" t ON t."id" = a."attemptId"
    JOIN "QuestionOption" o ON o."questionId" = a."questionId"
    WHERE a."attemptId" = ${attemptId} AND a."position" = ${position} AND t."userId" = ${userId}`;
  const row = rows[0];
  if (!row) {
    const mine = await db.examAttempt.count({ where: { id: attemptId, userId } });
    throw mine ? notFound(`Question ${position} of this attempt`) : notFound("Exam attempt");
  }
  assertValidChoice(
    input,
    rows.map((r) => ({ id: r.optionId, correct: Boolean(r.correct) })),
    position,
  );
  const selected = serializeIds(input.selected);
  if (row.revealedAt !== null && selected !== row.selected) throw new AppError(409, lockedMessage(position));

  // answeredAt moves only when the choice changes (SET sees the old row), so a flag does not move it.
  const answeredAt = input.selected.length > 0 ? now : null;
  const openAfter = new Date(now.getTime() - GRACE_MS);
  const written = await db.$executeRaw`
    UPDATE "ExamAnswer"
    SET "selected" = ${selected}, "flagged" = ${input.flagged}, "struck" = ${serializeIds(input.struck)},
      "revision" = ${input.revision},
      "answeredAt" = CASE WHEN "selected" = ${selected} THEN "answeredAt" ELSE ${answeredAt} END
    WHERE "attemptId" = ${attemptId} AND "questionId" = ${row.questionId} AND "revision" < ${input.revision}
      AND ("revealedAt" IS NULL OR "selected" = ${selected})
      AND EXISTS (SELECT 1 FROM "ExamAttempt" t WHERE t."id" = ${attemptId} AND t."userId" = ${userId}
        AND t."submittedAt" IS NULL AND (t."deadlineAt" IS NULL OR t."deadlineAt" >= ${openAfter}))`;
  const saved = {
    selected: [...input.selected].sort(),
    flagged: input.flagged,
    struck: [...input.struck].sort(),
    revision: input.revision,
  };
  if (written === 1) return { status: "saved", answer: saved };

  // Refused: the attempt closed, a newer save is stored, this is a replay, or the answer was just checked.
  const current = await db.examAnswer.findUniqueOrThrow({
    where: { attemptId_questionId: { attemptId, questionId: row.questionId } },
    select: {
      selected: true,
      flagged: true,
      struck: true,
      revision: true,
      revealedAt: true,
      attempt: { select: { id: true, deadlineAt: true, submittedAt: true, endedBy: true } },
    },
  });
  await assertOpen(db, current.attempt, now);
  if (current.revision === input.revision && sameAnswer(current, input)) return { status: "saved", answer: saved };
  if (current.revealedAt && current.selected !== selected && current.revision < input.revision) {
    throw new AppError(409, lockedMessage(position));
  }
  return { status: "stale", answer: answerState(current) };
}
