"use client";

import { useSession } from "@/components/shell/useSession";
import { useEffect } from "react";
import { useSandbox } from "./SandboxStoreProvider";

/** Saves the learner's prediction once it is judged, when they are signed in (the server re-judges it). */
export function useSavePrediction() {
  const { status } = useSession();
  const outcome = useSandbox((s) => s.outcome);
  const presetId = useSandbox((s) => s.preset?.id);
  const setSaved = useSandbox((s) => s.setOutcomeSaved);
  useEffect(() => {
    if (status !== "authenticated" || !outcome || outcome.saved !== "no" || !presetId) return;
    setSaved("saving");
    fetch("/api/sandbox/predictions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ presetId, answer: outcome.answer, idempotencyKey: outcome.key }),
    })
      .then(async (res) => {
        if (!res.ok) return setSaved("failed");
        const body = (await res.json()) as { history: { total: number; correct: number } };
        setSaved("saved", body.history);
      })
      .catch(() => setSaved("failed"));
  }, [status, outcome, presetId, setSaved]);
  return { signedIn: status === "authenticated" };
}
