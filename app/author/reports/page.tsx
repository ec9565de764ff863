import type { Metadata } from "next";
import Link from "next/link";
import { ReportItem } from "@/components/authoring/ReportQueue";
import { PageHeader } from "@/components/ui/PageHeader";
import { muted, panel } from "@/components/ui/styles";
import { requireAuthor } from "@/lib/server/authoring/pages";
import { listReports } from "@/lib/server/authoring/reports";
import { db } from "@/lib/server/platform/db";

export const metadata: Metadata = { title: "Reports queue" };

const TABS = ["OPEN", "RESOLVED", "DISMISSED"] as const;

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const user = await requireAuthor("/author/reports");
  const wanted = (await searchParams).status?.toUpperCase();
  const status = TABS.find((t) => t === wanted) ?? "OPEN";
  const reports = await listReports(db, user, status);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/author" className="underline">
          Author
        </Link>
      </p>
      <PageHeader
        title="Reports queue"
        lead="What learners reported with “Report this question”, on the banks you manage."
      />
      <nav aria-label="Report status" className="mb-4 flex gap-3 text-sm">
        {TABS.map((t) => (
          <Link
            key={t}
            href={`/author/reports?status=${t.toLowerCase()}`}
            aria-current={t === status ? "page" : undefined}
            className={t === status ? "font-bold underline" : "underline"}
          >
            {t.charAt(0) + t.slice(1).toLowerCase()}
          </Link>
        ))}
      </nav>
      <section className={panel} aria-label={`${status.toLowerCase()} reports`}>
        {reports.length === 0 ? (
          <p className={muted}>No {status.toLowerCase()} reports.</p>
        ) : (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {reports.map((r) => (
              <ReportItem
                key={r.id}
                report={{
                  id: r.id,
                  reason: r.reason,
                  message: r.message,
                  status: r.status,
                  note: r.note,
                  createdAt: r.createdAt.toISOString(),
                  reporter: r.user.name ?? r.user.email,
                  bank: r.question.bank,
                  lineageId: r.question.lineageId,
                  version: r.question.version,
                  current: r.question.supersededAt === null,
                  stem: r.question.stem,
                }}
              />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
