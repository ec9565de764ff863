import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/ComingSoon";
import { PageHeader } from "@/components/ui/PageHeader";
import { panel } from "@/components/ui/styles";
import { listBanksForAuthor } from "@/lib/server/banks/author-banks";
import { db } from "@/lib/server/platform/db";
import { INSTRUCTOR_ROLES } from "@/lib/server/auth/authz";
import { requirePageUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Author" };

export default async function AuthorPage() {
  const user = await requirePageUser("/author", ...INSTRUCTOR_ROLES);
  const banks = await listBanksForAuthor(db, user);
  return (
    <>
      <PageHeader title="Author" lead="Question banks you own, and how each question performs." />
      <section className={`${panel} mb-6`} aria-labelledby="banks-title">
        <h2 id="banks-title" className="text-lg font-semibold">
          Your question banks
        </h2>
        {banks.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">You do not own any banks yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
            {banks.map((b) => (
              <li key={b.id} className="flex justify-between py-2">
                <span>{b.title}</span>
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  {b._count.questions} questions · {b.published ? "published" : "draft"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ComingSoon items={["Create and edit questions", "GIFT import and export", "Per-question statistics"]}>
        Authoring tools arrive with their own feature.
      </ComingSoon>
    </>
  );
}
