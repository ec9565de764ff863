import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ExamRunner } from "@/components/exam/ExamRunner";
import { requirePageUser } from "@/lib/server/auth/session";
import { examNow } from "@/lib/server/exams/clock";
import { orNotFound } from "@/lib/server/exams/page-errors";
import { getAttemptView } from "@/lib/server/exams/view";
import { db } from "@/lib/server/platform/db";
import { attemptParamsSchema } from "@/lib/validations/exams";

export const metadata: Metadata = { title: "Exam in progress" };

type Props = { params: Promise<{ attemptId: string }> };

/** An attempt in progress. Only the key-free view reaches the browser (it is all the RSC payload carries). */
export default async function AttemptPage({ params }: Props) {
  const parsed = attemptParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { attemptId } = parsed.data;
  const user = await requirePageUser(`/exams/${attemptId}`);
  const view = await orNotFound(getAttemptView(db, user.id, attemptId, examNow()));
  if (view.status === "submitted") redirect(`/exams/${attemptId}/results`);
  return <ExamRunner view={view} />;
}
