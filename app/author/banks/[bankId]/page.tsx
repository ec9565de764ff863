import type { Metadata } from "next";
import Link from "next/link";
import { BankSettings } from "@/components/authoring/BankSettings";
import { DownloadButton } from "@/components/authoring/DownloadButton";
import { QuestionList } from "@/components/authoring/QuestionList";
import { QuestionPages } from "@/components/authoring/QuestionPages";
import { PageHeader } from "@/components/ui/PageHeader";
import { buttonPrimary, buttonSecondary, muted, panel } from "@/components/ui/styles";
import { requireAuthorBank } from "@/lib/server/authoring/pages";
import { listBankQuestions } from "@/lib/server/authoring/questions";
import { db } from "@/lib/server/platform/db";
import { pageWindow } from "@/lib/ui/paging";

export const metadata: Metadata = { title: "Question bank" };

/** Questions per page: a 5,000-question import must not become one 600,000 px page. */
const PAGE_SIZE = 50;

export default async function BankPage({
  params,
  searchParams,
}: {
  params: Promise<{ bankId: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const { bankId } = await params;
  const { bank } = await requireAuthorBank(`/author/banks/${bankId}`, bankId);
  const questions = await listBankQuestions(db, bank.id);
  const shown = pageWindow(questions.length, PAGE_SIZE, (await searchParams).page);
  const needsWork = questions.filter((q) => q.problems.length > 0).length;
  const base = `/author/banks/${bank.id}`;
  const api = `/api/author/banks/${encodeURIComponent(bank.id)}/export?format=`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/author" className="underline">
          Author
        </Link>{" "}
        / {bank.title}
      </p>
      <PageHeader
        title={bank.title}
        lead={bank.description || undefined}
        actions={
          <>
            <Link href={`${base}/questions/new`} className={buttonPrimary}>
              New question
            </Link>
            <Link href={`${base}/import`} className={buttonSecondary}>
              Import
            </Link>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section className={panel} aria-labelledby="questions-title">
          <h2 id="questions-title" className="mb-2 text-lg font-semibold">
            Questions ({questions.length})
          </h2>
          {needsWork > 0 ? (
            <p className="mb-2 text-sm text-amber-800 dark:text-amber-300">
              {needsWork} question{needsWork === 1 ? " needs" : "s need"} work before the bank can be published.
            </p>
          ) : null}
          <QuestionList
            bankId={bank.id}
            questions={questions.slice(shown.start, shown.end)}
            offset={shown.start}
            order={questions.map((q) => q.lineageId)}
          />
          <QuestionPages base={base} window={shown} />
        </section>
        <div className="grid content-start gap-6">
          <section className={panel} aria-labelledby="settings-title">
            <h2 id="settings-title" className="mb-3 text-lg font-semibold">
              Bank settings
            </h2>
            <BankSettings bank={bank} />
          </section>
          <section className={panel} aria-labelledby="export-title">
            <h2 id="export-title" className="text-lg font-semibold">
              Export and statistics
            </h2>
            <p className={`mt-1 mb-3 text-sm ${muted}`}>
              GIFT for Moodle, this app&apos;s JSON (everything), or an Anki deck.
            </p>
            <div className="flex flex-wrap gap-2">
              <DownloadButton url={`${api}gift`}>GIFT</DownloadButton>
              <DownloadButton url={`${api}json`}>JSON</DownloadButton>
              <DownloadButton url={`${api}anki`}>Anki</DownloadButton>
            </div>
            <p className="mt-4">
              <Link
                href={`${base}/analysis`}
                className="text-sm font-semibold text-sky-800 underline dark:text-sky-300"
              >
                Item analysis
              </Link>
            </p>
          </section>
        </div>
      </div>
    </>
  );
}
