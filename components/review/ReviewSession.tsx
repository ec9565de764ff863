"use client";

import { useContext, useEffect } from "react";
import { useStore } from "zustand";
import { ItemCard } from "./ItemCard";
import { RatingBar } from "./RatingBar";
import { SessionProgress } from "./SessionProgress";
import { DoneScreen } from "./DoneScreen";
import { ReviewStoreProvider, ReviewStoreContext } from "./ReviewStoreProvider";
import { useReviewKeys } from "./useReviewKeys";
import { QUEUE_CHANGED } from "./events";
import type { LambdaDeck } from "@/lib/server/learn/lambda-deck";

/** The deck offered to a learner whose reviews are empty (null otherwise). */
type Starter = LambdaDeck | null;

function Session({ starter }: { starter: Starter }) {
  const store = useContext(ReviewStoreContext)!;
  const s = useStore(store);
  useReviewKeys(store.getState);
  const offerDeck = Boolean(starter) && s.phase === "done" && s.reviewedThisSession === 0;
  useEffect(() => {
    const reload = () => void store.getState().load();
    reload();
    window.addEventListener(QUEUE_CHANGED, reload);
    return () => window.removeEventListener(QUEUE_CHANGED, reload);
  }, [store]);

  return (
    <div className="mx-auto max-w-3xl" data-phase={s.phase} aria-busy={s.phase === "loading" || s.phase === "saving"}>
      <p className="sr-only" aria-live="polite" role="status">
        {s.message}
      </p>
      {/* An empty "0 done · 0 remaining" bar would only distract from the deck offered to a new learner. */}
      {s.next && !offerDeck ? <SessionProgress next={s.next} reviewed={s.reviewedThisSession} /> : null}
      {s.error ? (
        <p
          role="alert"
          className="mb-4 rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {s.error}
        </p>
      ) : null}
      {s.phase === "loading" && !s.next ? <p>Loading your reviews…</p> : null}
      {s.phase === "done" && s.next ? (
        <DoneScreen next={s.next} reviewed={s.reviewedThisSession} starter={starter} onUndo={() => void s.undo()} />
      ) : null}
      {s.next?.item && s.phase !== "done" ? (
        <>
          <ItemCard
            item={s.next.item}
            selected={s.selected}
            result={s.result}
            phase={s.phase}
            onToggle={s.toggle}
            onCheck={() => void s.check()}
          />
          {s.result && (s.phase === "answered" || s.phase === "saving") ? (
            <RatingBar result={s.result} disabled={s.phase === "saving"} onRate={(r) => void s.rate(r)} />
          ) : null}
        </>
      ) : null}
      <p className="mt-8 text-center text-xs text-slate-600 dark:text-slate-400">
        Keys: <kbd>1</kbd>–<kbd>4</kbd> pick an option or a rating · <kbd>Space</kbd>/<kbd>Enter</kbd> reveal or accept
        · <kbd>U</kbd> or <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo
      </p>
    </div>
  );
}

/** The /review session: one item at a time, keyboard-first. */
export function ReviewSession({ starter = null }: { starter?: Starter }) {
  return (
    <ReviewStoreProvider>
      <Session starter={starter} />
    </ReviewStoreProvider>
  );
}
