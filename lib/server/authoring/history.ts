import { notFound } from "../platform/errors";
import type { PrismaClient } from "../platform/prisma";
import { DRAFT_SELECT, draftOfRow } from "../banks/question-drafts";
import { compareQuestions } from "@/lib/banks/compare";
import { getBankForAuthorOrThrow, type Author } from "./access";

/** Every version of a question, newest first, with how often each was answered or reported. */
export async function questionHistory(db: PrismaClient, user: Author, bankId: string, lineageId: string) {
  await getBankForAuthorOrThrow(db, user, bankId);
  const rows = await db.question.findMany({
    where: { bankId, lineageId },
    select: {
      id: true,
      version: true,
      createdAt: true,
      supersededAt: true,
      retiredAt: true,
      ...DRAFT_SELECT,
      _count: { select: { answers: true, reports: true } },
    },
    orderBy: { version: "desc" },
  });
  if (rows.length === 0) throw notFound(`Question ${lineageId}`);
  const practice = await db.reviewLog.groupBy({
    by: ["questionId"],
    where: { itemId: `q:${lineageId}`, undoneAt: null },
    _count: { _all: true },
  });
  const practiced = new Map(practice.map((p) => [p.questionId, p._count._all]));
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    createdAt: r.createdAt,
    supersededAt: r.supersededAt,
    retiredAt: r.retiredAt,
    draft: draftOfRow(r),
    examAnswers: r._count.answers,
    practiceAnswers: practiced.get(r.id) ?? 0,
    reports: r._count.reports,
  }));
}

/** The changes between two versions of one question (by version number). */
export function compareVersions(history: Awaited<ReturnType<typeof questionHistory>>, from: number, to: number) {
  const a = history.find((v) => v.version === from);
  const b = history.find((v) => v.version === to);
  if (!a || !b) return null;
  return { from: a, to: b, changes: compareQuestions(a.draft, b.draft) };
}
