import Link from "next/link";
import type { NextReview } from "./api";
import { buttonPrimary, buttonSecondary, panel } from "@/components/ui/styles";

/** The calm end of a session, with tomorrow's forecast. */
export function DoneScreen({ next, reviewed, onUndo }: { next: NextReview; reviewed: number; onUndo: () => void }) {
  const nothingAdded = next.doneToday === 0 && reviewed === 0 && next.dueTomorrow === 0;
  return (
    <section className={`${panel} py-10 text-center`} aria-labelledby="done-title">
      <h2 id="done-title" className="text-2xl font-semibold">
        {nothingAdded ? "Nothing to review yet" : "All caught up"}
      </h2>
      <p className="mx-auto mt-3 max-w-md text-slate-600 dark:text-slate-400">
        {nothingAdded
          ? "Add concept cards to your reviews from the Learn pages, or subscribe to a question bank below."
          : `You reviewed ${next.doneToday} item${next.doneToday === 1 ? "" : "s"} today. ${next.dueTomorrow} ${next.dueTomorrow === 1 ? "is" : "are"} due by the end of tomorrow.`}
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Link href="/review/stats" className={buttonPrimary}>
          See your statistics
        </Link>
        <Link href="/learn" className={buttonSecondary}>
          Add more cards
        </Link>
        {reviewed > 0 ? (
          <button type="button" className={buttonSecondary} onClick={onUndo}>
            Undo last review
          </button>
        ) : null}
      </div>
    </section>
  );
}
