import type { PrismaClient } from "../platform/prisma";
import { AppError, notFound } from "../platform/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportQuestionInput } from "@/lib/validations/exams";

/** Reports a learner may file per hour (counted from the reports themselves, in the database). */
export const REPORTS_PER_HOUR = 10;

/**
 * "Report this question" for the instructors' queue: the question the learner saw at that
 * position of their own attempt (the exact version), once per learner and question version.
 */
export async function reportQuestion(
  db: PrismaClient,
  userId: string,
  attemptId: string,
  position: number,
  input: ReportQuestionInput,
  now: Date,
): Promise<{ id: string }> {
  const answer = await db.examAnswer.findFirst({
    where: { attemptId, position, attempt: { userId } },
    select: { questionId: true },
  });
  if (!answer) throw notFound("Question");
  const existing = await db.questionReport.findUnique({
    where: { questionId_userId: { questionId: answer.questionId, userId } },
    select: { id: true },
  });
  if (existing) throw new AppError(409, "You have already reported this question; instructors will look at it.");
  const recent = await db.questionReport.count({
    where: { userId, createdAt: { gt: new Date(now.getTime() - 3_600_000) } },
  });
  if (recent >= REPORTS_PER_HOUR) {
    throw new AppError(
      429,
      `You can send at most ${REPORTS_PER_HOUR} reports an hour; please try again later.`,
      undefined,
      {
        "Retry-After": "900",
      },
    );
  }
  try {
    return await db.questionReport.create({
      data: {
        questionId: answer.questionId,
        userId,
        attemptId,
        reason: input.reason,
        message: input.message,
        createdAt: now,
      },
      select: { id: true },
    });
  } catch (e) {
    // Two reports racing past the check: the unique (question, learner) index keeps one.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError(409, "You have already reported this question; instructors will look at it.");
    }
    throw e;
  }
}

/** Positions of the attempt's questions this learner has reported (to show "Reported"). */
export async function reportedPositions(db: PrismaClient, userId: string, attemptId: string): Promise<number[]> {
  const rows = await db.examAnswer.findMany({
    where: { attemptId, attempt: { userId }, question: { reports: { some: { userId } } } },
    select: { position: true },
    orderBy: { position: "asc" },
  });
  return rows.map((r) => r.position);
}
