"use client";

import { useEffect } from "react";
import type { RatingName } from "./api";
import type { ReviewState } from "./store";

const RATING_KEYS: Record<string, RatingName> = { "1": "again", "2": "hard", "3": "good", "4": "easy" };

/**
 * Anki's keys: before answering, 1–9 pick options and Space/Enter reveals; after, 1–4 rate
 * (Again, Hard, Good, Easy) and Space/Enter accepts the default; U or Ctrl+Z undoes.
 */
export function useReviewKeys(get: () => ReviewState) {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      if (e.altKey || e.metaKey) return;
      const s = get();
      if ((e.key === "z" && e.ctrlKey) || ((e.key === "u" || e.key === "U") && !e.ctrlKey)) {
        e.preventDefault();
        void s.undo();
        return;
      }
      if (e.ctrlKey) return;
      const isAccept = e.key === "Enter" || e.key === " ";
      if (s.phase === "question" && s.next?.item) {
        const n = Number(e.key);
        if (Number.isInteger(n) && n >= 1 && n <= s.next.item.options.length) {
          e.preventDefault();
          s.toggle(s.next.item.options[n - 1]!.id);
        } else if (isAccept && s.selected.length > 0) {
          e.preventDefault();
          void s.check();
        }
      } else if (s.phase === "answered") {
        const rating = RATING_KEYS[e.key];
        if (rating) {
          e.preventDefault();
          void s.rate(rating);
        } else if (isAccept) {
          e.preventDefault();
          void s.rate();
        }
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [get]);
}
