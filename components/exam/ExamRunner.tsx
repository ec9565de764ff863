"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { panel } from "@/components/ui/styles";
import type { AttemptView } from "@/lib/server/exams/view";
import { fetchAttempt } from "./api";
import { Countdown } from "./Countdown";
import { ExamStoreProvider, useExam, useExamStore } from "./ExamStoreProvider";
import { Palette } from "./Palette";
import { QuestionPanel } from "./QuestionPanel";
import { ReviewScreen } from "./ReviewScreen";
import { useExamKeys } from "./useExamKeys";

function SaveStatus() {
  const pending = useExam((s) => s.answers.some((a, i) => a.revision > s.savedRevision[i]!));
  const failing = useExam((s) => s.failing);
  return (
    <span
      data-testid="save-status"
      data-pending={pending || undefined}
      className="text-sm text-slate-600 dark:text-slate-400"
    >
      {failing ? "Not saved: retrying…" : pending ? "Saving…" : "All answers saved"}
    </span>
  );
}

function Runner() {
  const store = useExamStore();
  const router = useRouter();
  const view = useExam((s) => s.view);
  const screen = useExam((s) => s.screen);
  const closed = useExam((s) => s.closed);
  const error = useExam((s) => s.error);
  const announcement = useExam((s) => s.announcement);
  const pending = useExam((s) => s.answers.some((a, i) => a.revision > s.savedRevision[i]!));
  useExamKeys(store);
  // Marks the attempt interactive once the keys and handlers are attached (an effect after
  // useExamKeys' own): tests and tools wait on it instead of on time. Set on the DOM, not in
  // state, so the server's and the client's first render agree.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => root.current?.setAttribute("data-ready", "true"), []);
  const results = `/exams/${view.id}/results`;

  const onTimeUp = useCallback(
    () => store.getState().markClosed("Time is up. The server is submitting your exam…"),
    [store],
  );
  // Once closed (time up, or submitted elsewhere), wait for the server's submission, then show the results.
  useEffect(() => {
    if (!closed) return;
    let stop = false;
    void (async () => {
      for (let i = 0; i < 30 && !stop; i++) {
        const a = await fetchAttempt(view.id).catch(() => null);
        if (a?.status === "submitted") {
          router.replace(results);
          return;
        }
        await new Promise((r) => setTimeout(r, 2000));
      }
    })();
    return () => {
      stop = true;
    };
  }, [closed, router, results, view.id]);
  // Warn before leaving with answers not yet on the server.
  useEffect(() => {
    if (!pending) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [pending]);

  return (
    <div data-attempt-id={view.id} ref={root}>
      <div className="sticky top-0 z-10 -mx-4 mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
        <div>
          <h1 className="text-xl font-bold tracking-tight">{view.title}</h1>
          <SaveStatus />
        </div>
        <Countdown onTimeUp={onTimeUp} />
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {closed ? (
        <div
          role="alert"
          className="mb-4 rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50"
        >
          {closed}{" "}
          <a className="font-semibold underline" href={results}>
            See your results
          </a>
        </div>
      ) : null}
      <FormAlert message={error} />
      <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
        <div className={panel}>
          {screen === "review" ? <ReviewScreen onSubmitted={() => router.push(results)} /> : <QuestionPanel />}
        </div>
        <aside className={panel} aria-label="Questions">
          <Palette />
          <p className="mt-4 hidden text-xs text-slate-600 sm:block dark:text-slate-400">
            Keys: 1–{Math.min(9, Math.max(...view.questions.map((q) => q.options.length)))} choose, Shift+number strikes
            out, F flags, ← → move, R reviews{view.keyShown === "after-each" ? ", Enter checks" : ""}.
          </p>
        </aside>
      </div>
    </div>
  );
}

/** An attempt in progress: its own store, the question or review screen, the palette and the clock. */
export function ExamRunner({ view }: { view: AttemptView }) {
  return (
    <ExamStoreProvider view={view}>
      <Runner />
    </ExamStoreProvider>
  );
}
