import type { Results } from "@/lib/server/exams/results";

/** How the score was calculated (the same text as docs/exams.md, "Scoring"). */
export function ScoringExplainer({ r }: { r: Pick<Results, "cutScore" | "passMark" | "scoredCount"> }) {
  const cut = Math.round(r.cutScore * 100);
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer font-medium">How this score is calculated</summary>
      <div className="mt-2 space-y-2 text-slate-700 dark:text-slate-300">
        <p>
          Only scored questions count ({r.scoredCount} here; a full mock also has 10 unscored questions, as the real
          exam does, and you cannot tell which). A multiple-response question scores only when you choose exactly the
          correct set; unanswered questions count as wrong and there is no penalty for guessing.
        </p>
        <p>
          AWS does not publish how it turns correct answers into the 100–1000 scale. Coldstart uses two straight lines:
          0 % correct is 100, {cut} % correct is the pass mark {r.passMark}, and 100 % is 1000. Below {cut} % the score
          is 100 + (fraction ÷ {r.cutScore}) × {r.passMark - 100}; at or above it, {r.passMark} + ((fraction −{" "}
          {r.cutScore}) ÷ {(1 - r.cutScore).toFixed(2)}) × {1000 - r.passMark}, rounded. The {cut} % cut is our
          assumption, not an AWS figure; treat the score as a guide.
        </p>
        <p>
          Each domain is rated &quot;meets competencies&quot; when at least {cut} % of its scored questions are right.
          Like the real exam, the result is compensatory: there is no minimum per domain.
        </p>
      </div>
    </details>
  );
}
