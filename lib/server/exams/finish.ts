import type { PrismaClient } from "../platform/prisma";
import { notFound } from "../platform/errors";
import { finalizeIfExpired, submitAttempt } from "./submit";

/**
 * The learner's "Submit exam". Idempotent: submitting a submitted attempt answers the same. An
 * attempt whose time already ran out is submitted as at its deadline, by the server.
 */
export async function submitByLearner(db: PrismaClient, userId: string, attemptId: string, now: Date) {
  const a = await db.examAttempt.findFirst({
    where: { id: attemptId, userId },
    select: { id: true, deadlineAt: true, submittedAt: true },
  });
  if (!a) throw notFound("Exam attempt");
  if (!a.submittedAt && !(await finalizeIfExpired(db, a, now))) await submitAttempt(db, a.id, now, "LEARNER");
  const done = await db.examAttempt.findUniqueOrThrow({
    where: { id: a.id },
    select: { id: true, endedBy: true, scaledScore: true, passed: true },
  });
  return { status: "submitted" as const, ...done };
}
