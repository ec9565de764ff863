import { notFound } from "../platform/errors";
import type { PrismaClient } from "../platform/prisma";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { authorBanksWhere, type Author } from "./access";

/**
 * Learners' reports on questions of the banks the author manages, oldest open first. Each names
 * the version reported and the question's lineage, so the queue can link to the editor.
 */
export async function listReports(db: PrismaClient, user: Author, status: ReportStatus | "ALL" = "OPEN") {
  const rows = await db.questionReport.findMany({
    where: { ...(status === "ALL" ? {} : { status }), question: { bank: authorBanksWhere(user) } },
    select: {
      id: true,
      reason: true,
      message: true,
      status: true,
      note: true,
      createdAt: true,
      resolvedAt: true,
      user: { select: { name: true, email: true } },
      resolvedBy: { select: { name: true, email: true } },
      question: {
        select: {
          lineageId: true,
          version: true,
          stem: true,
          supersededAt: true,
          retiredAt: true,
          bank: { select: { id: true, title: true } },
        },
      },
    },
    orderBy: { createdAt: status === "OPEN" ? "asc" : "desc" },
    take: 500,
  });
  return rows;
}

export async function countOpenReports(db: PrismaClient, user: Author) {
  return db.questionReport.count({ where: { status: "OPEN", question: { bank: authorBanksWhere(user) } } });
}

/** Resolves, dismisses or reopens a report with a note; only for reports on the author's banks. */
export async function setReportStatus(
  db: PrismaClient,
  user: Author,
  reportId: string,
  input: { status: ReportStatus; note: string },
  now: Date,
) {
  const report = await db.questionReport.findFirst({
    where: { id: reportId, question: { bank: authorBanksWhere(user) } },
    select: { id: true },
  });
  if (!report) throw notFound(`Report ${reportId}`);
  const closing = input.status !== "OPEN";
  return db.questionReport.update({
    where: { id: reportId },
    data: {
      status: input.status,
      note: input.note,
      resolvedById: closing ? user.id : null,
      resolvedAt: closing ? now : null,
    },
    select: { id: true, status: true, note: true, resolvedAt: true },
  });
}
