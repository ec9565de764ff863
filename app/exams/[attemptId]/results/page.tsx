import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AddCardsButton } from "@/components/exam/results/AddCardsButton";
import { Misconceptions } from "@/components/exam/results/Misconceptions";
import { ResultsReview } from "@/components/exam/results/ResultsReview";
import { ResultsSummary } from "@/components/exam/results/ResultsSummary";
import { ScoringExplainer } from "@/components/exam/results/ScoringExplainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { buttonSecondary, panel } from "@/components/ui/styles";
import { requirePageUser } from "@/lib/server/auth/session";
import { examNow } from "@/lib/server/exams/clock";
import { orNotFound } from "@/lib/server/exams/page-errors";
import { reportedPositions } from "@/lib/server/exams/reports";
import { getResults } from "@/lib/server/exams/results";
import { AppError } from "@/lib/server/platform/errors";
import { db } from "@/lib/server/platform/db";
import { attemptParamsSchema } from "@/lib/validations/exams";

export const metadata: Metadata = { title: "Exam results" };

type Props = { params: Promise<{ attemptId: string }> };

export default async function ResultsPage({ params }: Props) {
  const parsed = attemptParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { attemptId } = parsed.data;
  const user = await requirePageUser(`/exams/${attemptId}/results`);
  const r = await orNotFound(
    getResults(db, user.id, attemptId, examNow()).catch((e: unknown) => {
      // Still in progress: back to the exam.
      if (e instanceof AppError && e.status === 409) redirect(`/exams/${attemptId}`);
      throw e;
    }),
  );
  const reported = await reportedPositions(db, user.id, attemptId);
  const date = new Date(r.submittedAt).toUTCString().slice(0, 22);
  return (
    <>
      <PageHeader
        title={`${r.title}: results`}
        lead={`${r.items.length} questions, submitted ${date} UTC.`}
        actions={
          <Link href="/exams" className={buttonSecondary}>
            All exams
          </Link>
        }
      />
      <ResultsSummary r={r} />
      <ScoringExplainer r={r} />
      <div className="mt-8 grid gap-4">
        <Misconceptions groups={r.misconceptions} />
        {r.missedCardIds.length > 0 ? (
          <section aria-labelledby="missed-cards-heading" className={panel}>
            <h2 id="missed-cards-heading" className="text-lg font-semibold">
              Cards behind the questions you missed
            </h2>
            <p className="mt-1 text-slate-600 dark:text-slate-400">
              {r.missedCardIds.length} concept card{r.missedCardIds.length === 1 ? "" : "s"} cover the questions you got
              wrong or skipped. Reviewing them spaces out practice on exactly those ideas.
            </p>
            <AddCardsButton cardIds={r.missedCardIds} label="Add the missed cards to my reviews" />
          </section>
        ) : null}
      </div>
      <ResultsReview attemptId={r.id} items={r.items} reported={reported} />
    </>
  );
}
