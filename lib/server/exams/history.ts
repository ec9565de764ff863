import type { PrismaClient } from "../platform/prisma";
import type { ExamEnd, ExamMode } from "@/lib/generated/prisma/enums";
import { attemptTitle } from "@/lib/exam/present";
import { scoreTrend } from "@/lib/exam/review";
import { timeUsedMs } from "@/lib/exam/timing";
import { parseBlueprint } from "./stored";
import { finalizeExpiredFor } from "./submit";

export type AttemptSummary = {
  id: string;
  mode: ExamMode;
  title: string;
  questions: number;
  startedAt: string;
  deadlineAt: string | null;
  submittedAt: string | null;
  endedBy: ExamEnd | null;
  scaledScore: number | null;
  passed: boolean | null;
  raw: number | null;
  timeUsedMs: number | null;
};
export type History = {
  open: AttemptSummary[];
  submitted: AttemptSummary[];
  /** Timed mocks' scaled scores, oldest first, for the trend chart. */
  timedScores: { id: string; at: string; score: number }[];
  /** Points per attempt over the last five timed mocks; null with fewer than two. */
  trend: number | null;
};

/** The learner's attempts (submitting any whose time ran out first), newest first, and the score trend. */
export async function getHistory(db: PrismaClient, userId: string, now: Date, take = 100): Promise<History> {
  await finalizeExpiredFor(db, userId, now);
  const rows = await db.examAttempt.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take,
    select: {
      id: true,
      mode: true,
      blueprint: true,
      startedAt: true,
      deadlineAt: true,
      submittedAt: true,
      endedBy: true,
      scaledScore: true,
      passed: true,
      rawScore: true,
      _count: { select: { answers: true } },
    },
  });
  const summaries = rows.map((r): AttemptSummary => ({
    id: r.id,
    mode: r.mode,
    title: attemptTitle(r.mode, parseBlueprint(r.blueprint).scope),
    questions: r._count.answers,
    startedAt: r.startedAt.toISOString(),
    deadlineAt: r.deadlineAt?.toISOString() ?? null,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    endedBy: r.endedBy,
    scaledScore: r.scaledScore,
    passed: r.passed,
    raw: r.rawScore,
    timeUsedMs: r.submittedAt
      ? timeUsedMs({ startedAt: r.startedAt, submittedAt: r.submittedAt, deadlineAt: r.deadlineAt })
      : null,
  }));
  const timedScores = summaries
    .filter((s) => s.mode === "TIMED" && s.submittedAt && s.scaledScore !== null)
    .map((s) => ({ id: s.id, at: s.submittedAt!, score: s.scaledScore! }))
    .reverse();
  return {
    open: summaries.filter((s) => !s.submittedAt),
    submitted: summaries.filter((s) => s.submittedAt),
    timedScores,
    trend: scoreTrend(timedScores.map((s) => s.score)),
  };
}
