import type { Metadata } from "next";
import Link from "next/link";
import { AnalysisTable } from "@/components/authoring/AnalysisTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { muted, panel } from "@/components/ui/styles";
import { bankAnalysis } from "@/lib/server/authoring/analysis";
import { requireAuthorBank } from "@/lib/server/authoring/pages";
import { db } from "@/lib/server/platform/db";

export const metadata: Metadata = { title: "Item analysis" };

export default async function AnalysisPage({ params }: { params: Promise<{ bankId: string }> }) {
  const { bankId } = await params;
  const { bank } = await requireAuthorBank(`/author/banks/${bankId}/analysis`, bankId);
  const rows = await bankAnalysis(db, bank.id);
  const flagged = rows.filter((r) => r.flags.length).length;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/author/banks/${bank.id}`} className="underline">
          {bank.title}
        </Link>
      </p>
      <PageHeader
        title="Item analysis"
        lead={`${rows.length} questions · ${flagged} flagged for review. From submitted mock-exam answers and learners' first practice answer to each question (current versions only).`}
      />
      <section className={panel} aria-label="Questions">
        <AnalysisTable bankId={bank.id} rows={rows} />
        <div className={`mt-4 grid gap-1 text-sm ${muted}`}>
          <p>
            <strong>Facility</strong>: the share of answers that were right. <strong>Discrimination</strong>: the
            point-biserial correlation between getting the question right and the score of the attempt it was answered
            in (for practice, the learner&apos;s share right on this bank); below 0 means stronger candidates miss it
            more often than weaker ones.
          </p>
          <p>Flagged (after 5 answers): negative discrimination, or a distractor chosen more often than the key.</p>
        </div>
      </section>
    </>
  );
}
