import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { panel } from "@/components/ui/styles";
import { selectLabel } from "@/lib/exam/present";
import type { ResultItem } from "@/lib/server/exams/results";
import { letter } from "../store";
import { ReportQuestion } from "../ReportQuestion";

const OUTCOME = {
  correct: { label: "Correct", cls: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-50" },
  incorrect: { label: "Incorrect", cls: "bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-50" },
  skipped: { label: "Skipped", cls: "bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-50" },
} as const;

/** "docs.aws.amazon.com/lambda/…/invocation-retries": short, and different for each reference. */
function referenceLabel(url: string): string {
  const u = new URL(url);
  const parts = u.pathname.split("/").filter(Boolean);
  const last = (parts.at(-1) ?? "").replace(/\.html?$/, "");
  return parts.length > 1 ? `${u.hostname}/${parts[0]}/…/${last}` : `${u.hostname}${u.pathname}`;
}

/** One question of the results review: every option explained, what the learner chose, the card. */
export function ResultQuestion({
  attemptId,
  item,
  reported,
}: {
  attemptId: string;
  item: ResultItem;
  reported: boolean;
}) {
  const o = OUTCOME[item.outcome];
  return (
    <li
      id={`q-${item.position}`}
      className={cn(panel, "scroll-mt-4")}
      data-outcome={item.outcome}
      data-position={item.position}
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <h3 className="text-base font-semibold">Question {item.position}</h3>
        <span className={cn("rounded-full px-2 py-0.5 font-medium", o.cls)}>{o.label}</span>
        {item.flagged ? (
          <span className="rounded-full bg-amber-100 px-2 py-0.5 font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-50">
            ⚑ Flagged
          </span>
        ) : null}
        {item.domain ? <span className="text-slate-600 dark:text-slate-400">{item.domain}</span> : null}
        {item.topic ? <span className="text-slate-600 dark:text-slate-400">· {item.topic}</span> : null}
        {!item.scored ? <span className="text-slate-600 dark:text-slate-400">· unscored</span> : null}
      </div>
      <p className="mt-3 leading-relaxed whitespace-pre-line">{item.stem}</p>
      {item.select > 1 ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{selectLabel(item.select)}</p>
      ) : null}
      <ol className="mt-3 space-y-2">
        {item.options.map((opt, i) => (
          <li
            key={opt.id}
            className={cn(
              "rounded-lg border p-3 text-sm",
              opt.correct
                ? "border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/40"
                : opt.chosen
                  ? "border-rose-600 bg-rose-50 dark:border-rose-500 dark:bg-rose-950/40"
                  : "border-slate-200 dark:border-slate-700",
            )}
          >
            <p>
              <span className="font-semibold">{letter(i)}.</span> {opt.text}
            </p>
            <p className="mt-1">
              <strong>
                {opt.correct ? "Correct option" : "Wrong option"}
                {opt.chosen ? " · you chose it" : ""}.
              </strong>{" "}
              {opt.feedback}
            </p>
          </li>
        ))}
      </ol>
      <p className="mt-3 text-sm leading-relaxed">
        <strong>Explanation.</strong> {item.explanation}
      </p>
      <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
        {item.card ? (
          <Link href={`/learn/${item.card.id}`} className="text-sky-800 underline dark:text-sky-300">
            Concept card: {item.card.title}
          </Link>
        ) : null}
        {item.references.map((url) => (
          <a key={url} href={url} className="break-all text-sky-800 underline dark:text-sky-300" rel="noreferrer">
            {referenceLabel(url)}
          </a>
        ))}
      </p>
      <ReportQuestion attemptId={attemptId} position={item.position} reported={reported} />
    </li>
  );
}
