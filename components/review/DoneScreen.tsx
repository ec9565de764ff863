import Link from "next/link";
import type { NextReview } from "./api";
import type { LambdaDeck } from "@/lib/server/learn/lambda-deck";
import { buttonPrimary, buttonSecondary, panel } from "@/components/ui/styles";
import { StartDeckButton } from "./StartDeckButton";

/** The calm end of a session, with tomorrow's forecast; for a new learner, the one button that starts. */
export function DoneScreen({
  next,
  reviewed,
  starter,
  onUndo,
}: {
  next: NextReview;
  reviewed: number;
  /** Offered when the learner's reviews are empty. */
  starter: LambdaDeck | null;
  onUndo: () => void;
}) {
  const nothingAdded = next.doneToday === 0 && reviewed === 0 && next.dueTomorrow === 0;
  if (nothingAdded && starter) {
    return (
      <section className={`${panel} py-10 text-center`} aria-labelledby="done-title" data-testid="starter-deck">
        <h2 id="done-title" className="text-2xl font-semibold">
          Start with the Lambda deck
        </h2>
        <p className="mx-auto mt-3 max-w-md text-slate-600 dark:text-slate-400">
          Your reviews are empty. The Lambda deck holds every concept card: {starter.items} short questions, each a
          common misconception to catch. FSRS then brings each one back just before you would forget it.
        </p>
        <div className="mt-6">
          <StartDeckButton cards={starter.cards} />
        </div>
        <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
          Or pick cards one by one on the{" "}
          <Link href="/learn" className="text-sky-800 underline dark:text-sky-300">
            Learn pages
          </Link>
          .
        </p>
      </section>
    );
  }
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
        {nothingAdded ? (
          <Link href="/learn" className={buttonPrimary}>
            Add cards to your reviews
          </Link>
        ) : (
          <Link href="/review/stats" className={buttonPrimary}>
            See your statistics
          </Link>
        )}
        {nothingAdded ? (
          <Link href="/review/stats" className={buttonSecondary}>
            See your statistics
          </Link>
        ) : (
          <Link href="/learn" className={buttonSecondary}>
            Add more cards
          </Link>
        )}
        {reviewed > 0 ? (
          <button type="button" className={buttonSecondary} onClick={onUndo}>
            Undo last review
          </button>
        ) : null}
      </div>
    </section>
  );
}
