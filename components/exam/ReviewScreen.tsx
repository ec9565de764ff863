"use client";

import { useRef } from "react";
import { buttonPrimary, buttonSecondary, panel } from "@/components/ui/styles";
import { cn } from "@/components/ui/cn";
import { useExam, useExamStore } from "./ExamStoreProvider";

function Jump({ label, positions }: { label: string; positions: number[] }) {
  const store = useExamStore();
  return (
    <div className={panel}>
      <h3 className="font-semibold">
        {label} <span className="font-normal text-slate-600 dark:text-slate-400">({positions.length})</span>
      </h3>
      {positions.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">None.</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={label}>
          {positions.map((p) => (
            <li key={p}>
              <button
                type="button"
                className="rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                onClick={() => store.getState().go(p - 1)}
                aria-label={`Go to question ${p}`}
              >
                {p}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Before submitting: what is answered, unanswered and flagged; each a click away; then a confirm step. */
export function ReviewScreen({ onSubmitted }: { onSubmitted: () => void }) {
  const store = useExamStore();
  const answers = useExam((s) => s.answers);
  const busy = useExam((s) => s.busy);
  const closed = useExam((s) => s.closed);
  const current = useExam((s) => s.current);
  const dialog = useRef<HTMLDialogElement>(null);
  const positions = (f: (a: (typeof answers)[number]) => boolean) => answers.flatMap((a, i) => (f(a) ? [i + 1] : []));
  const unanswered = positions((a) => a.selected.length === 0);
  const flagged = positions((a) => a.flagged);

  async function submit() {
    if (await store.getState().submit()) {
      dialog.current?.close();
      onSubmitted();
    }
  }

  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading" className="text-lg font-semibold">
        Review your answers
      </h2>
      <p className="mt-1 text-slate-600 dark:text-slate-400">
        {answers.length - unanswered.length} of {answers.length} answered. Unanswered questions score as wrong; there is
        no penalty for guessing.
      </p>
      <div className="mt-4 grid gap-3 sm:grid-cols-3">
        <Jump label="Answered" positions={positions((a) => a.selected.length > 0)} />
        <Jump label="Unanswered" positions={unanswered} />
        <Jump label="Flagged" positions={flagged} />
      </div>
      <div className="mt-6 flex flex-wrap gap-2">
        <button type="button" className={buttonSecondary} onClick={() => store.getState().go(current)}>
          ← Back to question {current + 1}
        </button>
        <button
          type="button"
          className={buttonPrimary}
          disabled={Boolean(closed)}
          onClick={() => dialog.current?.showModal()}
        >
          Submit exam
        </button>
      </div>
      <dialog
        ref={dialog}
        aria-labelledby="confirm-heading"
        className={cn(panel, "m-auto max-w-md text-slate-900 backdrop:bg-slate-950/60 dark:text-slate-100")}
      >
        <h2 id="confirm-heading" className="text-lg font-semibold">
          Submit your exam?
        </h2>
        <p className="mt-2 text-sm">
          {unanswered.length > 0
            ? `${unanswered.length} question${unanswered.length === 1 ? " is" : "s are"} unanswered`
            : "Every question is answered"}
          {flagged.length > 0 ? ` and ${flagged.length} flagged for review` : ""}. You cannot change your answers after
          submitting.
        </p>
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" className={buttonSecondary} onClick={() => dialog.current?.close()} autoFocus>
            Keep working
          </button>
          <button type="button" className={buttonPrimary} disabled={busy !== null} onClick={() => void submit()}>
            {busy === "submitting" ? "Submitting…" : "Yes, submit exam"}
          </button>
        </div>
      </dialog>
    </section>
  );
}
