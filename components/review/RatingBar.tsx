"use client";

import type { AnswerResult, RatingName } from "./api";
import { cn } from "@/components/ui/cn";

const RATINGS: { name: RatingName; label: string; key: string; cls: string }[] = [
  { name: "again", label: "Again", key: "1", cls: "bg-red-700 hover:bg-red-800 dark:bg-red-500 dark:hover:bg-red-400" },
  {
    name: "hard",
    label: "Hard",
    key: "2",
    cls: "bg-amber-700 hover:bg-amber-800 dark:bg-amber-500 dark:hover:bg-amber-400",
  },
  {
    name: "good",
    label: "Good",
    key: "3",
    cls: "bg-emerald-700 hover:bg-emerald-800 dark:bg-emerald-500 dark:hover:bg-emerald-400",
  },
  { name: "easy", label: "Easy", key: "4", cls: "bg-sky-700 hover:bg-sky-800 dark:bg-sky-500 dark:hover:bg-sky-400" },
];

/** Again / Hard / Good / Easy, each with its next interval; only the ratings the answer allows are enabled. */
export function RatingBar({
  result,
  disabled,
  onRate,
}: {
  result: AnswerResult;
  disabled: boolean;
  onRate: (r: RatingName) => void;
}) {
  const fallback = result.correct ? "good" : "again";
  return (
    <div className="mt-4" role="group" aria-label="Rate your recall">
      <div className="grid grid-cols-4 gap-2">
        {RATINGS.map((r) => {
          const allowed = result.allowed.includes(r.name);
          return (
            <button
              key={r.name}
              type="button"
              disabled={!allowed || disabled}
              aria-keyshortcuts={r.key}
              aria-label={`${r.label}, next review in ${result.intervals[r.name]}${r.name === fallback ? " (default)" : ""}`}
              onClick={() => onRate(r.name)}
              className={cn(
                "flex flex-col items-center rounded-xl px-2 py-3 font-semibold text-white disabled:cursor-not-allowed dark:text-slate-950",
                allowed ? r.cls : "bg-slate-300 text-slate-700 dark:bg-slate-700 dark:text-slate-300",
                r.name === fallback && allowed ? "ring-4 ring-offset-2 ring-slate-400 dark:ring-offset-slate-900" : "",
              )}
            >
              <span>{r.label}</span>
              <span className="text-sm font-normal ">{result.intervals[r.name]}</span>
              <span className="text-xs font-normal">key {r.key}</span>
            </button>
          );
        })}
      </div>
      <p className="mt-2 text-center text-sm text-slate-600 dark:text-slate-400">
        {result.correct ? "Space or Enter accepts Good." : "A wrong answer is rated Again: press Space or Enter."}
      </p>
    </div>
  );
}
