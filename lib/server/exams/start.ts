import type { PrismaClient } from "../platform/prisma";
import { AppError } from "../platform/errors";
import { assembleExam } from "@/lib/exam/assemble";
import { studyBlueprint, timedBlueprint, type Blueprint } from "@/lib/exam/blueprint";
import type { AttemptScope } from "@/lib/exam/present";
import { deadlineFor } from "@/lib/exam/timing";
import type { StartExamInput } from "@/lib/validations/exams";
import { loadPool, missedQuestionIds, recentQuestionIds, type Scope } from "./pool";
import { serializeBlueprint } from "./stored";
import { finalizeExpiredFor } from "./submit";

const timedMockRunning = () =>
  new AppError(409, "You already have a timed mock in progress: resume or submit it first.");

/** Attempts a learner may start per hour: each writes up to 75 rows, so starting is not free. */
export const STARTS_PER_HOUR = 30;

function plan(input: StartExamInput): { blueprint: Blueprint; scope: AttemptScope } {
  switch (input.mode) {
    case "TIMED":
      return { blueprint: timedBlueprint(input.count), scope: {} };
    case "PRACTICE":
    case "MISSED":
      return { blueprint: studyBlueprint(input.count), scope: {} };
    case "SECTION":
      return input.domain
        ? { blueprint: studyBlueprint(input.count, input.domain), scope: { domain: input.domain } }
        : { blueprint: studyBlueprint(input.count), scope: { topic: input.topic } };
  }
}

/**
 * Starts an attempt: draws its questions (assembleExam, seeded; what the learner saw lately
 * only when needed) and stores them with their order, the blueprint, the start and the
 * deadline, so any server, tab or device resumes the same exam. One timed mock at a time: a
 * running timed mock holds the learner's `activeSlot` (a unique column, freed by the submission),
 * so of two starts at once the second insert fails, on SQLite and PostgreSQL alike.
 */
export async function startAttempt(
  db: PrismaClient,
  userId: string,
  input: StartExamInput,
  now: Date,
  seed: number,
): Promise<{ id: string; questions: number }> {
  const started = await db.examAttempt.count({
    where: { userId, startedAt: { gt: new Date(now.getTime() - 3_600_000) } },
  });
  if (started >= STARTS_PER_HOUR) {
    throw new AppError(429, `You can start at most ${STARTS_PER_HOUR} exams an hour; try again later.`, undefined, {
      "Retry-After": "600",
    });
  }
  if (input.mode === "TIMED") {
    await finalizeExpiredFor(db, userId, now);
    // The friendly early answer; the unique activeSlot below is what holds when two starts race.
    const open = await db.examAttempt.findFirst({ where: { activeSlot: userId }, select: { id: true } });
    if (open) throw timedMockRunning();
  }

  const { blueprint, scope } = plan(input);
  let poolScope: Scope = scope;
  if (input.mode === "MISSED") {
    const ids = await missedQuestionIds(db, userId);
    if (ids.length === 0)
      throw new AppError(422, "There are no questions you got wrong yet: take a mock or a practice first.");
    poolScope = { ids };
  }
  const pool = await loadPool(db, poolScope);
  if (pool.length === 0) {
    throw new AppError(
      422,
      scope.topic ? `No live questions on the topic "${scope.topic}"` : "There are no live questions to draw from yet.",
    );
  }
  const recent = input.mode === "MISSED" ? new Set<string>() : await recentQuestionIds(db, userId, now);
  const draws = assembleExam(pool, blueprint, seed, recent);
  const attempt = await db.examAttempt
    .create({
      data: {
        userId,
        mode: input.mode,
        activeSlot: input.mode === "TIMED" ? userId : null,
        blueprint: serializeBlueprint(blueprint, scope),
        seed,
        startedAt: now,
        deadlineAt: deadlineFor(now, blueprint.minutes),
        answers: {
          createMany: { data: draws.map((d, i) => ({ questionId: d.questionId, position: i + 1, scored: d.scored })) },
        },
      },
      select: { id: true },
    })
    .catch((e: unknown) => {
      // Another start of this learner's timed mock got the slot first (nothing of this one was stored).
      if ((e as { code?: string }).code === "P2002") throw timedMockRunning();
      throw e;
    });
  return { id: attempt.id, questions: draws.length };
}
