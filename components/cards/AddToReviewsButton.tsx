"use client";

import Link from "next/link";
import { useState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import { addCardsToReviews } from "./add-to-reviews";
import { ProgressBadge } from "./ProgressBadge";
import { useCardProgress } from "./useCardProgress";

/** "Add to my reviews" for one card, showing the learner's progress once added. */
export function AddToReviewsButton({
  cardId,
  label = "Add to my reviews",
  callbackUrl = `/learn/${cardId}`,
}: {
  cardId: string;
  label?: string;
  callbackUrl?: string;
}) {
  const { progress, refresh, signedIn, loading } = useCardProgress();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (loading) return <div className="h-10" />;
  if (!signedIn) {
    return (
      <Link
        href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}
        prefetch={false}
        className={`${buttonPrimary} w-full`}
      >
        Sign in to add to your reviews
      </Link>
    );
  }
  const current = progress[cardId];
  const added = current !== undefined && current !== "not-started";
  return (
    <div className="flex flex-col items-stretch gap-2">
      {added ? (
        <p className="flex items-center gap-2 text-sm font-medium">
          In your reviews <ProgressBadge progress={current} />
        </p>
      ) : (
        <button
          type="button"
          className={`${buttonPrimary} w-full`}
          disabled={pending}
          onClick={async () => {
            setPending(true);
            const r = await addCardsToReviews([cardId]);
            setMessage(r.message);
            setPending(false);
            if (r.ok) await refresh();
          }}
        >
          {pending ? "Adding…" : label}
        </button>
      )}
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {message}
      </p>
    </div>
  );
}
