import { createStore } from "zustand/vanilla";
import * as api from "./api";
import type { AnswerState, RevealView } from "./api";
import type { AttemptView } from "@/lib/server/exams/view";

export type Screen = "question" | "review";

export type ExamState = {
  view: AttemptView;
  /** What the learner sees now, per question (index = position − 1). */
  answers: AnswerState[];
  /** The newest revision of each question the server has confirmed. */
  savedRevision: number[];
  /** Saves are failing (offline?) and being retried. */
  failing: boolean;
  reveals: (RevealView | null)[];
  current: number;
  screen: Screen;
  /** Server time minus this browser's time, so the countdown runs on the server's clock. */
  clockOffsetMs: number;
  /** Set once the attempt no longer takes answers (time up, or submitted elsewhere), with why. */
  closed: string | null;
  /** Polite screen-reader announcement of the last change. */
  announcement: string;
  error: string | null;
  busy: "checking" | "submitting" | null;
  go: (index: number) => void;
  next: () => void;
  prev: () => void;
  showReview: () => void;
  toggle: (optionId: string) => void;
  strike: (optionId: string) => void;
  flag: () => void;
  check: () => Promise<void>;
  /** Waits for every save, then submits; true when submitted. */
  submit: () => Promise<boolean>;
  markClosed: (message: string) => void;
};

export type ExamDeps = {
  api: Pick<typeof api, "saveAnswer" | "checkAnswer" | "submitExam">;
  now: () => number;
  wait: (ms: number) => Promise<void>;
};
const defaults: ExamDeps = { api, now: () => Date.now(), wait: (ms) => new Promise((r) => setTimeout(r, ms)) };

const LETTERS = "ABCDEFGHIJ";
export const letter = (i: number) => LETTERS[i] ?? String(i + 1);

/**
 * Which answer to keep when the server says a save is stale: the server's when it is at least
 * as new as ours (another tab or device got there first), else ours (a newer save of ours is
 * already on its way or stored).
 */
export function reconcile(local: AnswerState, server: AnswerState): AnswerState {
  return server.revision >= local.revision ? server : local;
}

/** The client state of one attempt in progress (one store per mounted exam, never module-global). */
export function createExamStore(view: AttemptView, deps: ExamDeps = defaults) {
  const clockOffsetMs = Date.parse(view.serverNow) - deps.now();
  // Per question: the save in flight, so each question has at most one request at a time.
  const inFlight = new Map<number, Promise<void>>();

  return createStore<ExamState>()((set, get) => {
    const update = (index: number, change: (a: AnswerState) => Omit<AnswerState, "revision">) => {
      const s = get();
      if (s.closed || s.busy === "submitting") return;
      const prev = s.answers[index]!;
      const next = { ...change(prev), revision: Math.max(prev.revision, s.savedRevision[index]!) + 1 };
      set({ answers: s.answers.map((a, i) => (i === index ? next : a)), error: null });
      void persist(index);
    };

    /** Sends the newest state of one question until the server has it (or the attempt closes). */
    const persist = (index: number): Promise<void> => {
      const running = inFlight.get(index);
      if (running) return running;
      const job = (async () => {
        let delay = 1000;
        for (;;) {
          const s = get();
          const want = s.answers[index]!;
          if (s.closed || s.savedRevision[index]! >= want.revision) return;
          try {
            const { answer } = await deps.api.saveAnswer(s.view.id, index + 1, {
              selected: want.selected,
              flagged: want.flagged,
              struck: want.struck,
              revision: want.revision,
            });
            set((st) => ({
              savedRevision: st.savedRevision.map((r, i) => (i === index ? Math.max(r, answer.revision) : r)),
              failing: false,
            }));
            delay = 1000;
          } catch (e) {
            if (e instanceof api.ExamApiError && e.current) {
              const server = e.current;
              set((st) => {
                const kept = reconcile(st.answers[index]!, server);
                return {
                  answers: st.answers.map((a, i) => (i === index ? kept : a)),
                  savedRevision: st.savedRevision.map((r, i) => (i === index ? Math.max(r, server.revision) : r)),
                  announcement:
                    kept === server
                      ? `Question ${index + 1} was changed in another tab or device; showing that answer.`
                      : st.announcement,
                  failing: false,
                };
              });
            } else if (e instanceof api.ExamApiError && e.status < 500 && e.status !== 429) {
              if (e.status === 409) get().markClosed(e.message);
              else set({ error: e.message });
              return;
            } else {
              set({ failing: true });
              await deps.wait(delay);
              delay = Math.min(delay * 2, 15_000);
            }
          }
        }
      })().finally(() => inFlight.delete(index));
      inFlight.set(index, job);
      return job;
    };

    const go = (index: number) => {
      const n = get().view.questions.length;
      const i = Math.min(n - 1, Math.max(0, index));
      set({ current: i, screen: "question", announcement: `Question ${i + 1} of ${n}` });
    };

    return {
      view,
      answers: view.questions.map((q) => q.answer),
      savedRevision: view.questions.map((q) => q.answer.revision),
      failing: false,
      reveals: view.questions.map((q) => q.reveal ?? null),
      current: Math.max(
        0,
        view.questions.findIndex((q) => q.answer.selected.length === 0),
      ),
      screen: "question",
      clockOffsetMs,
      closed: null,
      announcement: "",
      error: null,
      busy: null,

      go,
      next: () => go(get().current + 1),
      prev: () => go(get().current - 1),
      showReview: () => set({ screen: "review", announcement: "Review screen" }),

      toggle(optionId) {
        const s = get();
        const i = s.current;
        const q = s.view.questions[i]!;
        const a = s.answers[i]!;
        if (s.reveals[i] || !q.options.some((o) => o.id === optionId)) return;
        const on = a.selected.includes(optionId);
        let selected: string[];
        if (q.select === 1) selected = on ? [] : [optionId];
        else if (on) selected = a.selected.filter((x) => x !== optionId);
        else if (a.selected.length < q.select) selected = [...a.selected, optionId];
        else {
          set({ announcement: `This question asks for ${q.select} options: clear one first.` });
          return;
        }
        update(i, (prev) => ({ ...prev, selected, struck: prev.struck.filter((x) => !selected.includes(x)) }));
      },

      strike(optionId) {
        const s = get();
        const i = s.current;
        if (!s.view.questions[i]!.options.some((o) => o.id === optionId)) return;
        update(i, (a) => {
          const on = a.struck.includes(optionId);
          // Ruling an option out also clears it as a choice (unless the answer is already checked).
          const selected = !on && !s.reveals[i] ? a.selected.filter((x) => x !== optionId) : a.selected;
          return { ...a, selected, struck: on ? a.struck.filter((x) => x !== optionId) : [...a.struck, optionId] };
        });
      },

      flag() {
        const i = get().current;
        update(i, (a) => ({ ...a, flagged: !a.flagged }));
        set({
          announcement: `Question ${i + 1} ${get().answers[i]!.flagged ? "flagged for review" : "no longer flagged"}`,
        });
      },

      async check() {
        const s = get();
        const i = s.current;
        const a = s.answers[i]!;
        if (s.view.keyShown !== "after-each" || s.reveals[i] || a.selected.length === 0 || s.busy || s.closed) return;
        set({ busy: "checking", error: null });
        const revision = Math.max(a.revision, s.savedRevision[i]!) + 1;
        try {
          const r = await deps.api.checkAnswer(s.view.id, i + 1, { ...a, revision });
          set((st) => ({
            answers: st.answers.map((x, k) => (k === i ? r.answer : x)),
            savedRevision: st.savedRevision.map((x, k) => (k === i ? Math.max(x, r.answer.revision) : x)),
            reveals: st.reveals.map((x, k) => (k === i ? r.reveal : x)),
            announcement: r.reveal.correct ? "Correct." : "Not quite: see the explanation.",
          }));
        } catch (e) {
          set({ error: e instanceof Error ? e.message : "Could not check the answer" });
        } finally {
          set({ busy: null });
        }
      },

      async submit() {
        if (get().busy) return false;
        set({ busy: "submitting", error: null });
        try {
          await Promise.all(get().answers.map((_, i) => persist(i)));
          if (get().savedRevision.some((r, i) => r < get().answers[i]!.revision) && !get().closed) {
            set({ error: "Some answers are not saved yet; check your connection and try again." });
            return false;
          }
          await deps.api.submitExam(get().view.id);
          return true;
        } catch (e) {
          set({ error: e instanceof Error ? e.message : "Could not submit the exam" });
          return false;
        } finally {
          set({ busy: null });
        }
      },

      markClosed(message) {
        set({ closed: message, announcement: message });
      },
    };
  });
}

export type ExamStore = ReturnType<typeof createExamStore>;
