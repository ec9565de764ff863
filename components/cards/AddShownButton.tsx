"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonSecondary } from "@/components/ui/styles";
import { addCardsToReviews } from "./add-to-reviews";

/** "Add all / these N to my reviews" on /learn; the server page re-renders the progress badges after. */
export function AddShownButton({ cardIds, all }: { cardIds: string[]; all: boolean }) {
  const router = useRouter();
  const [status, setStatus] = useState<string | null>(null);
  async function add() {
    setStatus("Adding…");
    const result = await addCardsToReviews(cardIds);
    setStatus(result.message);
    if (result.ok) router.refresh();
  }
  return (
    <div className="flex items-center gap-3">
      <span role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {status}
      </span>
      <button type="button" className={buttonSecondary} onClick={() => void add()}>
        Add {all ? "all" : `these ${cardIds.length}`} to my reviews
      </button>
    </div>
  );
}
