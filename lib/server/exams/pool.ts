import type { PrismaClient } from "../platform/prisma";
import { DOMAINS, type Domain } from "@/lib/content/schema";
import type { PoolQuestion } from "@/lib/exam/assemble";
import { latestWrong } from "@/lib/exam/review";
import { LIVE_QUESTION } from "./live";

/** What an attempt draws from: every live question, one domain, one topic, or a given set. */
export type Scope = { domain?: Domain; topic?: string; ids?: readonly string[] };

const asDomain = (d: string | null): Domain | null =>
  (DOMAINS as readonly string[]).includes(d ?? "") ? (d as Domain) : null;

/** The live questions in scope, as the assembler needs them (id and domain only). */
export async function loadPool(db: PrismaClient, scope: Scope = {}): Promise<PoolQuestion[]> {
  const rows = await db.question.findMany({
    where: {
      ...LIVE_QUESTION,
      ...(scope.domain ? { domain: scope.domain } : {}),
      ...(scope.topic ? { topic: scope.topic } : {}),
      ...(scope.ids ? { id: { in: [...scope.ids] } } : {}),
    },
    select: { id: true, domain: true },
  });
  return rows.map((r) => ({ id: r.id, domain: asDomain(r.domain) }));
}

/** Questions in the learner's attempts of the last 30 days (at most the five latest): drawn again only when needed. */
export async function recentQuestionIds(db: PrismaClient, userId: string, now: Date): Promise<Set<string>> {
  const attempts = await db.examAttempt.findMany({
    where: { userId, startedAt: { gte: new Date(now.getTime() - 30 * 86_400_000) } },
    orderBy: { startedAt: "desc" },
    take: 5,
    select: { id: true },
  });
  if (attempts.length === 0) return new Set();
  const rows = await db.examAnswer.findMany({
    where: { attemptId: { in: attempts.map((a) => a.id) } },
    select: { questionId: true },
  });
  return new Set(rows.map((r) => r.questionId));
}

/**
 * The live questions the learner got wrong the last time they were graded (a submitted
 * attempt, or a practice answer already checked); skipped questions count as wrong, as in scoring.
 * Grades count per lineage (a question and its edited versions): the live version is drawn.
 */
export async function missedQuestionIds(db: PrismaClient, userId: string): Promise<string[]> {
  const graded = await db.examAnswer.findMany({
    where: {
      correct: { not: null },
      attempt: { userId },
      OR: [{ revealedAt: { not: null } }, { attempt: { submittedAt: { not: null } } }],
    },
    select: {
      question: { select: { lineageId: true } },
      correct: true,
      revealedAt: true,
      attempt: { select: { submittedAt: true } },
    },
  });
  const wrongLineages = latestWrong(
    graded.map((g) => ({
      questionId: g.question.lineageId,
      correct: g.correct === true,
      at: (g.revealedAt ?? g.attempt.submittedAt)?.getTime() ?? 0,
    })),
  );
  if (wrongLineages.length === 0) return [];
  const live = await db.question.findMany({
    where: { ...LIVE_QUESTION, lineageId: { in: wrongLineages } },
    select: { id: true },
  });
  return live.map((q) => q.id).sort();
}

export type SectionChoices = { domains: Record<Domain, number>; topics: { topic: string; count: number }[] };

/** How many live questions each domain and topic has, for the start form. */
export async function sectionChoices(db: PrismaClient): Promise<SectionChoices> {
  const rows = await db.question.findMany({ where: LIVE_QUESTION, select: { domain: true, topic: true } });
  const domains = Object.fromEntries(DOMAINS.map((d) => [d, 0])) as Record<Domain, number>;
  const topics = new Map<string, number>();
  for (const r of rows) {
    const d = asDomain(r.domain);
    if (d) domains[d]++;
    if (r.topic) topics.set(r.topic, (topics.get(r.topic) ?? 0) + 1);
  }
  return {
    domains,
    topics: [...topics].map(([topic, count]) => ({ topic, count })).sort((a, b) => a.topic.localeCompare(b.topic)),
  };
}
