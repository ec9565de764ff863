"use client";

import { cn } from "@/components/ui/cn";
import { useExam, useExamStore } from "./ExamStoreProvider";

/** Every question as a button: answered, flagged and current at a glance; click to go there. */
export function Palette() {
  const store = useExamStore();
  const answers = useExam((s) => s.answers);
  const current = useExam((s) => s.current);
  const screen = useExam((s) => s.screen);
  return (
    <nav aria-label="Question palette">
      <ol className="grid grid-cols-8 gap-1.5 sm:grid-cols-10 lg:grid-cols-5">
        {answers.map((a, i) => {
          const answered = a.selected.length > 0;
          const here = screen === "question" && i === current;
          return (
            <li key={i}>
              <button
                type="button"
                onClick={() => store.getState().go(i)}
                aria-current={here ? "step" : undefined}
                aria-label={`Question ${i + 1}: ${answered ? "answered" : "unanswered"}${a.flagged ? ", flagged" : ""}`}
                data-state={answered ? "answered" : "unanswered"}
                data-flagged={a.flagged || undefined}
                className={cn(
                  "relative flex h-9 w-full items-center justify-center rounded-md border text-sm font-medium",
                  answered
                    ? "border-sky-700 bg-sky-700 text-white dark:border-sky-400 dark:bg-sky-400 dark:text-slate-950"
                    : "border-slate-300 bg-white text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100",
                  a.flagged && "outline-2 outline-offset-1 outline-amber-500 dark:outline-amber-400",
                  here && "ring-2 ring-slate-900 ring-offset-2 dark:ring-white dark:ring-offset-slate-950",
                )}
              >
                {i + 1}
                {a.flagged ? (
                  <span
                    aria-hidden="true"
                    className="absolute -top-1.5 -right-1 text-xs text-amber-600 dark:text-amber-400"
                  >
                    ⚑
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <span>
          <span
            aria-hidden="true"
            className="mr-1 inline-block size-3 rounded-sm bg-sky-700 align-middle dark:bg-sky-400"
          />
          answered
        </span>
        <span>
          <span
            aria-hidden="true"
            className="mr-1 inline-block size-3 rounded-sm border border-slate-400 align-middle"
          />
          unanswered
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 text-amber-600 dark:text-amber-400">
            ⚑
          </span>
          flagged
        </span>
      </p>
    </nav>
  );
}
