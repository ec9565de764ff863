"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { panel } from "@/components/ui/styles";
import { useSandbox } from "../SandboxStoreProvider";
import { Lanes } from "./Lanes";
import { LogView } from "./LogView";
import { Playback } from "./Playback";
import { Summary } from "./Summary";

// uPlot and the charts load only once a run has finished (their own chunk). Not earlier on idle:
// evaluating uPlot is one long main-thread task, and an idle moment comes either while the page
// loads (Lighthouse counts it as blocking time) or while the worker runs (the page stalls mid-run).
const Charts = dynamic(() => import("../charts/Charts"), {
  ssr: false,
  loading: () => <p className={panel}>Loading charts…</p>,
});

/** Panels of the Watch view in the order they mount after a run (see `useStaged`). */
const STAGES = 3;

/**
 * How many of the heavier panels may be mounted for this run: 0 when the payload arrives, then
 * one more per task. Mounting the summary, lanes, charts and log of a million-invocation run in
 * one React commit was one long task; one panel per task keeps each of them short.
 */
function useStaged(payload: unknown): number {
  const [stage, setStage] = useState({ of: payload, n: 0 });
  const n = stage.of === payload ? stage.n : 0;
  useEffect(() => {
    if (n >= STAGES) return;
    const id = window.setTimeout(() => setStage({ of: payload, n: n + 1 }), 0);
    return () => window.clearTimeout(id);
  }, [payload, n]);
  return n;
}

/**
 * The Watch view of a finished run: summary, playback, lanes, charts and the log. Its own chunk
 * (with the trace readers it needs), loaded when Run is pressed rather than with the page.
 */
export default function RunView() {
  const payload = useSandbox((s) => s.payload);
  const stage = useStaged(payload);
  return (
    <div className="space-y-4">
      <Summary />
      <Playback />
      {stage >= 1 ? <Lanes /> : null}
      {stage >= 2 ? <Charts /> : null}
      {stage >= 3 ? <LogView /> : null}
    </div>
  );
}
