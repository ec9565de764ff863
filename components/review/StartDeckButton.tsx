"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import { QUEUE_CHANGED } from "./events";

/**
 * A new learner's one first step: adds the Lambda deck (every concept card) to their reviews, then
 * starts the first review. On /review the session reloads in place; elsewhere it opens /review.
 * The server decides what is added and ignores what is already there, so a double click is harmless.
 */
export function StartDeckButton({ cards, className = "" }: { cards: number; className?: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setPending(true);
    setError(null);
    try {
      const res = await fetch("/api/reviews/deck", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ deck: "lambda" }),
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { error?: string };
        throw new Error(
          res.status === 401 ? "Your session ended. Sign in again." : (body.error ?? `Failed (${res.status})`),
        );
      }
      if (window.location.pathname === "/review") {
        window.dispatchEvent(new Event(QUEUE_CHANGED));
        router.refresh();
      } else {
        router.push("/review");
      }
    } catch (e) {
      setError(`Could not add the deck: ${e instanceof Error ? e.message : String(e)}. Try again.`);
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col items-center gap-2">
      <button type="button" className={`${buttonPrimary} ${className}`} disabled={pending} onClick={() => void start()}>
        {pending ? "Adding the Lambda deck…" : `Add the Lambda deck (${cards} cards) and start reviewing`}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
