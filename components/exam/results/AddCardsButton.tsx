"use client";

import { useState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import { addCardsToReviews } from "../api";

/** One click: the given concept cards' review items join the learner's reviews (idempotent). */
export function AddCardsButton({ cardIds, label }: { cardIds: string[]; label: string }) {
  const [state, setState] = useState<{ busy: boolean; text: string | null; error: boolean }>({
    busy: false,
    text: null,
    error: false,
  });
  async function add() {
    setState({ busy: true, text: null, error: false });
    try {
      const { added } = await addCardsToReviews(cardIds);
      setState({
        busy: false,
        error: false,
        text:
          added > 0
            ? `Added ${added} review item${added === 1 ? "" : "s"} to your reviews.`
            : "These cards are already in your reviews.",
      });
    } catch (e) {
      setState({ busy: false, error: true, text: e instanceof Error ? e.message : "Could not add the cards" });
    }
  }
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3">
      <button
        type="button"
        className={buttonPrimary}
        disabled={state.busy || cardIds.length === 0}
        onClick={() => void add()}
      >
        {state.busy ? "Adding…" : label}
      </button>
      <p role="status" className={state.error ? "text-sm text-red-700 dark:text-red-400" : "text-sm"}>
        {state.text}
      </p>
    </div>
  );
}
