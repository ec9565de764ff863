import type { NextReview } from "./api";

/** Done / remaining and the new / learning / review counts, Anki-style. */
export function SessionProgress({ next, reviewed }: { next: NextReview; reviewed: number }) {
  const { new: fresh, learning, review } = next.counts;
  const remaining = fresh + learning + review;
  const total = reviewed + remaining;
  const pct = total === 0 ? 100 : Math.round((reviewed / total) * 100);
  return (
    <div className="mb-4">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p>
          <span data-testid="done-count">{reviewed}</span> done · <span data-testid="remaining-count">{remaining}</span>{" "}
          remaining
          {next.learnAhead ? " (learning ahead)" : ""}
        </p>
        <p aria-label={`${fresh} new, ${learning} learning, ${review} to review`}>
          <span className="font-semibold text-sky-800 dark:text-sky-300">{fresh} new</span> ·{" "}
          <span className="font-semibold text-red-800 dark:text-red-300">{learning} learning</span> ·{" "}
          <span className="font-semibold text-emerald-800 dark:text-emerald-300">{review} review</span>
        </p>
      </div>
      <div
        className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
        role="progressbar"
        aria-label="Session progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <div className="h-full bg-sky-600 dark:bg-sky-400" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
