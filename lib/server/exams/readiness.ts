import type { PrismaClient } from "../platform/prisma";
import { getReviewSettings } from "../reviews/settings";
import { STATE_FIELDS } from "../reviews/state";
import { DOMAINS, type Domain } from "@/lib/content/schema";
import { SAP_C02 } from "@/lib/exam/blueprint";
import { estimateReadiness, type Readiness } from "@/lib/exam/readiness";
import { retrievability } from "@/lib/srs/scheduler";
import { finalizeExpiredFor } from "./submit";

const isDomain = (d: unknown): d is Domain => (DOMAINS as readonly unknown[]).includes(d);
const domainsOf = (json: string): Domain[] => {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter(isDomain) : [];
  } catch {
    return [];
  }
};

/**
 * The learner's readiness estimate (lib/exam/readiness.ts explains the method): graded answers of
 * their last ten attempts within 180 days (not the missed-questions mode), and the FSRS recall
 * probability now of every item they have reviewed, by the domains of its card or question.
 */
export async function getReadiness(db: PrismaClient, userId: string, now: Date): Promise<Readiness> {
  await finalizeExpiredFor(db, userId, now);
  const attempts = await db.examAttempt.findMany({
    where: { userId, mode: { not: "MISSED" }, startedAt: { gte: new Date(now.getTime() - 180 * 86_400_000) } },
    orderBy: { startedAt: "desc" },
    take: 10,
    select: { id: true, submittedAt: true },
  });
  const [answers, states, settings] = await Promise.all([
    db.examAnswer.findMany({
      where: {
        attemptId: { in: attempts.map((a) => a.id) },
        scored: true,
        correct: { not: null },
        OR: [{ revealedAt: { not: null } }, { attempt: { submittedAt: { not: null } } }],
      },
      select: { correct: true, revealedAt: true, attemptId: true, question: { select: { domain: true } } },
    }),
    db.reviewState.findMany({
      where: { userId, state: { not: 0 }, item: { retiredAt: null } },
      select: {
        ...STATE_FIELDS,
        item: { select: { card: { select: { domains: true } }, question: { select: { domain: true } } } },
      },
    }),
    getReviewSettings(db, userId),
  ]);
  const submittedAt = new Map(attempts.map((a) => [a.id, a.submittedAt]));
  return estimateReadiness({
    now,
    blueprint: SAP_C02,
    answers: answers.map((a) => ({
      domain: isDomain(a.question.domain) ? a.question.domain : null,
      correct: a.correct === true,
      at: a.revealedAt ?? submittedAt.get(a.attemptId) ?? now,
    })),
    recall: states.map(({ item, ...row }) => ({
      domains: item.card ? domainsOf(item.card.domains) : isDomain(item.question?.domain) ? [item.question.domain] : [],
      r: retrievability(row, now, settings),
    })),
  });
}
