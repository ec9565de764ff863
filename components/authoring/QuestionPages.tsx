import Link from "next/link";
import { buttonBase, buttonSecondary, muted } from "@/components/ui/styles";
import { pageLinks, type PageWindow } from "@/lib/ui/paging";

const link = `${buttonSecondary} px-3 py-1 text-sm`;
const current = `${buttonBase} border border-sky-700 bg-sky-700 px-3 py-1 text-white dark:border-sky-400 dark:bg-sky-400 dark:text-slate-950`;

/** Links between the pages of a bank's questions (plain links: each page is rendered on the server). */
export function QuestionPages({ base, window: w }: { base: string; window: PageWindow }) {
  if (w.pages <= 1) return null;
  const href = (page: number) => (page === 1 ? base : `${base}?page=${page}`);
  return (
    <nav aria-label="Question pages" className="mt-4 flex flex-wrap items-center gap-2">
      <p className={`mr-auto text-sm ${muted}`}>
        Questions {w.start + 1}–{w.end} of {w.total}
      </p>
      {w.page > 1 ? (
        <Link href={href(w.page - 1)} className={link} rel="prev">
          Previous<span className="sr-only"> page</span>
        </Link>
      ) : null}
      <ol className="flex flex-wrap gap-1">
        {pageLinks(w).map((page, k) => (
          <li key={page === "gap" ? `gap-${k}` : page}>
            {page === "gap" ? (
              <span aria-hidden="true" className={`inline-block px-1 py-1 text-sm ${muted}`}>
                …
              </span>
            ) : page === w.page ? (
              <span aria-current="page" className={current}>
                <span className="sr-only">Page </span>
                {page}
              </span>
            ) : (
              <Link href={href(page)} className={link}>
                <span className="sr-only">Page </span>
                {page}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {w.page < w.pages ? (
        <Link href={href(w.page + 1)} className={link} rel="next">
          Next<span className="sr-only"> page</span>
        </Link>
      ) : null}
    </nav>
  );
}
