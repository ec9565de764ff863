import type { PrismaClient } from "../platform/prisma";
import { getReviewSettings } from "./settings";
import { loadQueueEntries } from "./queue";
import { reviewStats, type ReviewStats, type StatState } from "@/lib/srs/stats";

const QUESTION_SECTION = "Practice questions";

/** The learner's review statistics (all live items, all non-undone reviews of the last year). */
export async function getReviewStats(db: PrismaClient, userId: string, now: Date): Promise<ReviewStats> {
  const since = new Date(now.getTime() - 366 * 86_400_000);
  const [settings, entries, logs, cards, questions] = await Promise.all([
    getReviewSettings(db, userId),
    loadQueueEntries(db, userId),
    db.reviewLog.findMany({
      where: { userId, undoneAt: null, reviewedAt: { gte: since } },
      select: { reviewedAt: true, rating: true, state: true },
    }),
    db.conceptCard.findMany({ select: { id: true, section: true, domains: true } }),
    db.reviewItem.findMany({
      where: { kind: "QUESTION", states: { some: { userId } } },
      select: { id: true, question: { select: { domain: true } } },
    }),
  ]);
  const cardInfo = new Map(
    cards.map((c) => [c.id, { section: c.section, domains: JSON.parse(c.domains) as string[] }]),
  );
  const questionDomain = new Map(questions.map((q) => [q.id, q.question?.domain ?? null]));
  const states: StatState[] = entries.map((e) => {
    if (e.group.startsWith("q:")) {
      const domain = questionDomain.get(e.itemId);
      return { ...e, sections: [QUESTION_SECTION], domains: domain ? [domain] : [] };
    }
    const info = cardInfo.get(e.group);
    return { ...e, sections: info ? [info.section] : [], domains: info?.domains ?? [] };
  });
  return reviewStats(logs, states, now, settings);
}
