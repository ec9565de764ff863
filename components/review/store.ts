import { createStore } from "zustand/vanilla";
import {
  ApiError,
  fetchNext,
  postAnswer,
  postReview,
  postUndo,
  type AnswerResult,
  type NextReview,
  type RatingName,
} from "./api";

export type Phase = "loading" | "question" | "checking" | "answered" | "saving" | "done" | "error";

export type ReviewState = {
  phase: Phase;
  next: NextReview | null;
  selected: string[];
  result: AnswerResult | null;
  shownAt: number;
  answeredMs: number;
  reviewedThisSession: number;
  message: string | null;
  error: string | null;
  load: (prefer?: string) => Promise<void>;
  toggle: (optionId: string) => void;
  check: () => Promise<void>;
  rate: (rating?: RatingName) => Promise<void>;
  undo: () => Promise<void>;
};

const errorText = (e: unknown) => (e instanceof ApiError || e instanceof Error ? e.message : "Something went wrong");

/** One review session's client state (one store per mounted session, never module-global). */
export function createReviewStore(now: () => number = () => performance.now()) {
  return createStore<ReviewState>()((set, get) => ({
    phase: "loading",
    next: null,
    selected: [],
    result: null,
    shownAt: 0,
    answeredMs: 0,
    reviewedThisSession: 0,
    message: null,
    error: null,

    async load(prefer) {
      set({ phase: "loading", error: null });
      try {
        const next = await fetchNext(prefer);
        set({ next, selected: [], result: null, shownAt: now(), phase: next.item ? "question" : "done" });
      } catch (e) {
        set({ phase: "error", error: errorText(e) });
      }
    },

    toggle(optionId) {
      const { phase, next, selected } = get();
      if (phase !== "question" || !next?.item) return;
      if (next.item.select === 1) set({ selected: [optionId] });
      else
        set({
          selected: selected.includes(optionId) ? selected.filter((s) => s !== optionId) : [...selected, optionId],
        });
    },

    async check() {
      const { phase, next, selected } = get();
      if (phase !== "question" || !next?.item || selected.length === 0) return;
      const answeredMs = Math.round(now() - get().shownAt);
      set({ phase: "checking", answeredMs, message: null, error: null });
      try {
        const result = await postAnswer(next.item.itemId, selected);
        // The server grades the first answer given to this item (at its current version): show that one.
        const verdict = result.correct ? "Correct." : "Not quite.";
        set({
          result,
          selected: result.answer,
          phase: "answered",
          message: result.repeated ? `${verdict} You had answered this already; your first answer stands.` : verdict,
        });
      } catch (e) {
        // The learner's place is kept: the same item, their choice still selected, ready to check again.
        set({ phase: "question", error: errorText(e) });
      }
    },

    async rate(rating) {
      const { phase, next, result, answeredMs } = get();
      if (phase !== "answered" || !next?.item || !result) return;
      const chosen = rating ?? (result.correct ? "good" : "again");
      if (!result.allowed.includes(chosen)) return;
      set({ phase: "saving", error: null });
      try {
        await postReview({
          itemId: next.item.itemId,
          token: result.token,
          rating: chosen,
          idempotencyKey: crypto.randomUUID(),
          responseMs: answeredMs,
        });
        set((s) => ({ reviewedThisSession: s.reviewedThisSession + 1, message: `Rated ${chosen}.` }));
        await get().load();
      } catch (e) {
        // Nothing was recorded (the server writes all or nothing): the rating can be sent again.
        set({ phase: "answered", error: errorText(e) });
      }
    },

    async undo() {
      const { phase } = get();
      if (phase === "loading" || phase === "checking" || phase === "saving") return;
      try {
        const { itemId } = await postUndo();
        set((s) => ({ reviewedThisSession: Math.max(0, s.reviewedThisSession - 1), message: "Last review undone." }));
        await get().load(itemId);
      } catch (e) {
        set({ message: errorText(e), error: errorText(e) });
      }
    },
  }));
}

export type ReviewStore = ReturnType<typeof createReviewStore>;
