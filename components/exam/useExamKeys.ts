"use client";

import { useEffect } from "react";
import type { ExamStore } from "./store";

/**
 * Keys during an attempt: 1–9 choose an option (toggle), Shift+1–9 strike it out, F flags,
 * ←/→ (or P/N) move between questions, R opens the review screen, Enter checks a practice answer.
 * Ignored while typing in a form field or with Ctrl/Alt/Meta held.
 */
export function useExamKeys(store: ExamStore) {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) {
        // Radio and checkbox inputs are the options themselves: keys still work on them.
        if (!(t instanceof HTMLInputElement && (t.type === "radio" || t.type === "checkbox"))) return;
      }
      if (e.ctrlKey || e.altKey || e.metaKey || document.querySelector("dialog[open]")) return;
      const s = store.getState();
      const digit = /^Digit([1-9])$/.exec(e.code)?.[1] ?? (/^[1-9]$/.test(e.key) ? e.key : null);
      if (s.screen === "question" && digit) {
        const option = s.view.questions[s.current]!.options[Number(digit) - 1];
        if (!option) return;
        e.preventDefault();
        if (e.shiftKey) s.strike(option.id);
        else s.toggle(option.id);
        return;
      }
      const key = e.key.toLowerCase();
      if (key === "arrowright" || key === "n") s.next();
      else if (key === "arrowleft" || key === "p") s.prev();
      else if (key === "f" && s.screen === "question") s.flag();
      else if (key === "r") s.showReview();
      else if (
        key === "enter" &&
        s.screen === "question" &&
        s.view.keyShown === "after-each" &&
        t?.tagName !== "BUTTON"
      ) {
        void s.check();
      } else return;
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store]);
}
