"use client";

import { useCallback, useEffect, useState } from "react";
import { useSession } from "@/components/shell/useSession";
import type { CardProgress } from "@/lib/srs/progress";

async function fetchProgress(): Promise<Record<string, CardProgress> | null> {
  const res = await fetch("/api/learn/progress", { cache: "no-store" });
  return res.ok ? ((await res.json()) as { progress: Record<string, CardProgress> }).progress : null;
}

/** The signed-in learner's progress per card (empty for visitors), with a refresh after changes. */
export function useCardProgress() {
  const { status } = useSession();
  const [progress, setProgress] = useState<Record<string, CardProgress>>({});
  const refresh = useCallback(async () => {
    const p = await fetchProgress();
    if (p) setProgress(p);
  }, []);
  useEffect(() => {
    if (status !== "authenticated") return;
    let live = true;
    fetchProgress()
      .then((p) => {
        if (live && p) setProgress(p);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [status]);
  return { progress, refresh, signedIn: status === "authenticated", loading: status === "loading" };
}
