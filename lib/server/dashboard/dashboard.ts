import type { PrismaClient } from "../platform/prisma";
import { loadQueue } from "../reviews/queue";

export type DashboardData = {
  dueNow: number;
  inReview: number;
  reviewedToday: number;
  dueTomorrow: number;
  cards: number;
  lastExam: { id: string; submittedAt: Date; scaledScore: number | null; passed: boolean | null } | null;
};

/** What the signed-in learner's home page shows: what is due (as the review queue counts it), recent work, the last exam. */
export async function getDashboard(db: PrismaClient, userId: string, now: Date): Promise<DashboardData> {
  const [{ entries, queue, doneToday, dueTomorrow }, cards, lastExam] = await Promise.all([
    loadQueue(db, userId, now),
    db.conceptCard.count({ where: { retiredAt: null } }),
    db.examAttempt.findFirst({
      where: { userId, submittedAt: { not: null } },
      orderBy: { submittedAt: "desc" },
      select: { id: true, submittedAt: true, scaledScore: true, passed: true },
    }),
  ]);
  const { learning, review, new: fresh } = queue.counts;
  return {
    dueNow: learning + review + fresh,
    inReview: entries.length,
    reviewedToday: doneToday,
    dueTomorrow,
    cards,
    lastExam: lastExam?.submittedAt ? { ...lastExam, submittedAt: lastExam.submittedAt } : null,
  };
}
