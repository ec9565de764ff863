"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { BankListing } from "@/lib/server/banks/subscriptions";
import { buttonSecondary, panel } from "@/components/ui/styles";
import { QUEUE_CHANGED } from "./events";

/** Published question banks the learner can add to (or remove from) their reviews. */
export function BankSubscriptions({ banks }: { banks: BankListing[] }) {
  const router = useRouter();
  const [status, setStatus] = useState<string | null>(null);
  if (banks.length === 0) return null;

  async function toggle(bank: BankListing) {
    const res = await fetch(`/api/banks/${encodeURIComponent(bank.id)}/subscription`, {
      method: bank.subscribed ? "DELETE" : "PUT",
    });
    const body = (await res.json().catch(() => ({}))) as { added?: number; error?: string };
    if (!res.ok) setStatus(body.error ?? "Could not change the subscription.");
    else
      setStatus(
        bank.subscribed
          ? `Removed "${bank.title}" from your reviews.`
          : `Added ${body.added ?? 0} questions from "${bank.title}".`,
      );
    router.refresh();
    window.dispatchEvent(new Event(QUEUE_CHANGED));
  }

  return (
    <section className={`${panel} mt-10`} aria-labelledby="banks-title">
      <h2 id="banks-title" className="text-lg font-semibold">
        Practice question banks
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Exam-style questions reviewed with the same schedule as your cards.
      </p>
      <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
        {banks.map((b) => (
          <li key={b.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div>
              <p className="font-medium">{b.title}</p>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {b.questions} questions{b.description ? ` · ${b.description}` : ""}
              </p>
            </div>
            <button
              type="button"
              className={buttonSecondary}
              onClick={() => void toggle(b)}
              aria-pressed={b.subscribed}
            >
              {b.subscribed ? "Unsubscribe" : "Subscribe"}
              <span className="sr-only"> to {b.title}</span>
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="mt-2 text-sm">
        {status}
      </p>
    </section>
  );
}
