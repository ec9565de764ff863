import type { PrismaClient } from "./prisma";

export type DashboardData = {
  dueNow: number;
  inReview: number;
  reviewedToday: number;
  cards: number;
  lastExam: { id: string; submittedAt: Date; scaledScore: number | null; passed: boolean | null } | null;
};

/** What the signed-in learner's home page shows: what is due, recent work, the last exam. */
export async function getDashboard(
  db: PrismaClient,
  userId: string,
  now: Date,
  dayStart: Date,
): Promise<DashboardData> {
  const [dueNow, inReview, reviewedToday, cards, lastExam] = await Promise.all([
    db.reviewState.count({ where: { userId, due: { lte: now }, item: { retiredAt: null } } }),
    db.reviewState.count({ where: { userId, item: { retiredAt: null } } }),
    db.reviewLog.count({ where: { userId, undoneAt: null, reviewedAt: { gte: dayStart } } }),
    db.conceptCard.count({ where: { retiredAt: null } }),
    db.examAttempt.findFirst({
      where: { userId, submittedAt: { not: null } },
      orderBy: { submittedAt: "desc" },
      select: { id: true, submittedAt: true, scaledScore: true, passed: true },
    }),
  ]);
  return {
    dueNow,
    inReview,
    reviewedToday,
    cards,
    lastExam: lastExam?.submittedAt ? { ...lastExam, submittedAt: lastExam.submittedAt } : null,
  };
}
