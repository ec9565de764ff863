import type { Metadata } from "next";
import Link from "next/link";
import { CreateBankForm } from "@/components/authoring/CreateBankForm";
import { DownloadButton } from "@/components/authoring/DownloadButton";
import { PageHeader } from "@/components/ui/PageHeader";
import { muted, panel } from "@/components/ui/styles";
import { listAuthorBanks } from "@/lib/server/authoring/banks";
import { requireAuthor } from "@/lib/server/authoring/pages";
import { countOpenReports } from "@/lib/server/authoring/reports";
import { db } from "@/lib/server/platform/db";

export const metadata: Metadata = { title: "Author" };

type Props = { searchParams: Promise<{ deleted?: string; archived?: string }> };

export default async function AuthorPage({ searchParams }: Props) {
  const user = await requireAuthor("/author");
  const { deleted, archived } = await searchParams;
  const notice = archived
    ? `"${archived}" was archived, not deleted: learners have answered its questions, so their history is kept.`
    : deleted
      ? `"${deleted}" was deleted.`
      : null;
  const [banks, openReports] = await Promise.all([listAuthorBanks(db, user), countOpenReports(db, user)]);
  return (
    <>
      <PageHeader
        title="Author"
        lead="Question banks you own: write and import questions, publish them for practice and exams, and see how each question performs."
        actions={
          <Link href="/author/reports" className="text-sm font-semibold text-sky-800 underline dark:text-sky-300">
            Reports queue ({openReports} open)
          </Link>
        }
      />
      {notice ? (
        <p role="status" className={`${panel} mb-6`}>
          {notice}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section className={panel} aria-labelledby="banks-title">
          <h2 id="banks-title" className="text-lg font-semibold">
            {user.role === "ADMIN" ? "All question banks" : "Your question banks"}
          </h2>
          {banks.length === 0 ? (
            <p className={`mt-2 ${muted}`}>You do not own any banks yet. Create one to start.</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
              {banks.map((b) => (
                <li key={b.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div className="min-w-0">
                    <Link
                      href={`/author/banks/${b.id}`}
                      className="font-medium text-sky-800 underline dark:text-sky-300"
                    >
                      {b.title}
                    </Link>
                    <p className={`text-sm ${muted}`}>
                      {b._count.questions} questions · {b.published ? "published" : "draft"}
                      {user.role === "ADMIN" ? ` · ${b.owner.name ?? b.owner.email}` : ""}
                    </p>
                  </div>
                  <Link href={`/author/banks/${b.id}/analysis`} className="text-sm underline">
                    Item analysis<span className="sr-only"> of {b.title}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <div className="grid content-start gap-6">
          <section className={panel} aria-labelledby="new-bank-title">
            <h2 id="new-bank-title" className="mb-3 text-lg font-semibold">
              New bank
            </h2>
            <CreateBankForm />
          </section>
          <section className={panel} aria-labelledby="anki-title">
            <h2 id="anki-title" className="text-lg font-semibold">
              Misconception pairs for Anki
            </h2>
            <p className={`mt-1 mb-3 text-sm ${muted}`}>
              Every concept card&apos;s misconception pairs as an Anki deck (text import, Anki 2.1.54 or later).
            </p>
            <DownloadButton url="/api/author/misconceptions">Download Anki deck</DownloadButton>
          </section>
        </div>
      </div>
    </>
  );
}
