"use client";

import Link from "next/link";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { cn } from "@/components/ui/cn";
import { selectLabel } from "@/lib/exam/present";
import { OptionRow } from "./OptionRow";
import { ReportQuestion } from "./ReportQuestion";
import { useExam, useExamStore } from "./ExamStoreProvider";

/** The current question: stem, how many to select, options, flag, practice check and feedback. */
export function QuestionPanel() {
  const store = useExamStore();
  const view = useExam((s) => s.view);
  const index = useExam((s) => s.current);
  const answer = useExam((s) => s.answers[s.current]!);
  const reveal = useExam((s) => s.reveals[s.current] ?? null);
  const closed = useExam((s) => s.closed);
  const busy = useExam((s) => s.busy);
  const q = view.questions[index]!;
  const total = view.questions.length;
  const practice = view.keyShown === "after-each";
  const s = store.getState();

  return (
    <section aria-labelledby="question-heading" data-position={q.position}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="question-heading" className="text-lg font-semibold">
          Question {q.position} <span className="font-normal text-slate-600 dark:text-slate-400">of {total}</span>
        </h2>
        <button
          type="button"
          onClick={() => s.flag()}
          aria-pressed={answer.flagged}
          disabled={Boolean(closed)}
          className={cn(
            buttonSecondary,
            answer.flagged &&
              "border-amber-500 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100",
          )}
        >
          <span aria-hidden="true">⚑</span> {answer.flagged ? "Flagged for review" : "Flag for review"}
        </button>
      </div>
      <p className="mt-4 text-base leading-relaxed whitespace-pre-line sm:text-lg">{q.stem}</p>
      <p id="question-instructions" className="mt-3 text-sm font-medium text-slate-700 dark:text-slate-300">
        {q.select > 1
          ? `${selectLabel(q.select)}: choose ${q.select} options. Only the complete correct set scores.`
          : "Choose one option."}
      </p>
      <fieldset className="mt-3" aria-describedby="question-instructions">
        <legend className="sr-only">Options for question {q.position}</legend>
        <ol className="space-y-2">
          {q.options.map((o, i) => (
            <OptionRow
              key={o.id}
              name={`q${q.position}`}
              index={i}
              id={o.id}
              text={o.text}
              multiple={q.select > 1}
              selected={answer.selected.includes(o.id)}
              struck={answer.struck.includes(o.id)}
              disabled={Boolean(closed) || Boolean(reveal)}
              verdict={
                reveal
                  ? {
                      correct: reveal.correctIds.includes(o.id),
                      feedback: reveal.options.find((r) => r.id === o.id)?.feedback ?? "",
                    }
                  : undefined
              }
              onToggle={() => store.getState().toggle(o.id)}
              onStrike={() => store.getState().strike(o.id)}
            />
          ))}
        </ol>
      </fieldset>

      {practice && !reveal ? (
        <button
          type="button"
          className={cn(buttonPrimary, "mt-4")}
          disabled={answer.selected.length === 0 || busy !== null || Boolean(closed)}
          onClick={() => void store.getState().check()}
        >
          {busy === "checking" ? "Checking…" : "Check answer"}
        </button>
      ) : null}
      {reveal ? (
        <div
          data-testid="practice-feedback"
          className={cn(
            "mt-4 rounded-lg border p-4",
            reveal.correct
              ? "border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/50"
              : "border-rose-600 bg-rose-50 dark:border-rose-500 dark:bg-rose-950/50",
          )}
        >
          <p className="font-semibold">{reveal.correct ? "Correct." : "Not quite."}</p>
          <p className="mt-1 text-sm leading-relaxed">{reveal.explanation}</p>
          {reveal.cardId ? (
            <p className="mt-2 text-sm">
              <Link className="font-medium text-sky-800 underline dark:text-sky-300" href={`/learn/${reveal.cardId}`}>
                Read the concept card
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}

      <nav aria-label="Question navigation" className="mt-6 flex flex-wrap gap-2">
        <button type="button" className={buttonSecondary} onClick={() => s.prev()} disabled={index === 0}>
          ← Previous
        </button>
        <button type="button" className={buttonSecondary} onClick={() => s.next()} disabled={index === total - 1}>
          Next →
        </button>
        <button type="button" className={buttonSecondary} onClick={() => s.showReview()}>
          Review answers
        </button>
      </nav>
      <ReportQuestion key={q.position} attemptId={view.id} position={q.position} />
    </section>
  );
}
