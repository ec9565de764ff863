"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { panel } from "@/components/ui/styles";
import { EditorPanel } from "./editor/EditorPanel";
import { PredictionResult } from "./PredictionResult";
import { PredictPanel } from "./PredictPanel";
import { RejectedNotice } from "./RejectedNotice";
import { Lanes } from "./results/Lanes";
import { LogView } from "./results/LogView";
import { Playback } from "./results/Playback";
import { Summary } from "./results/Summary";
import { RunBar } from "./RunBar";
import { useSandbox } from "./SandboxStoreProvider";
import { ScenarioHeader } from "./ScenarioHeader";
import { ComparePanel } from "./tools/ComparePanel";
import { TunePanel } from "./tools/TunePanel";
import { TabPanel, Tabs } from "./ui/Tabs";
import { UrlSync } from "./UrlSync";

// uPlot and the charts load only once a run has finished (their own chunk). Not earlier on idle:
// evaluating uPlot is one long main-thread task, and an idle moment comes either while the page
// loads (Lighthouse counts it as blocking time) or while the worker runs (the page stalls mid-run).
const Charts = dynamic(() => import("./charts/Charts"), {
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

function Watch() {
  const payload = useSandbox((s) => s.payload);
  const stage = useStaged(payload);
  if (!payload) return <p className={`${panel} text-sm`}>Run the scenario to watch it play out here.</p>;
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

/** The sandbox: edit a scenario, predict, run it in a worker, watch it, compare variants, power-tune. */
export function Workbench() {
  const tab = useSandbox((s) => s.tab);
  const setTab = useSandbox((s) => s.setTab);
  return (
    // Descriptions quote long AWS names (ReservedFunctionConcurrentInvocationLimitExceeded): let them wrap.
    <div className="wrap-anywhere">
      <UrlSync />
      <ScenarioHeader />
      <RejectedNotice />
      <div className="grid gap-6 lg:grid-cols-[24rem_minmax(0,1fr)]">
        {/* min-w-0: a wide table scrolls in its own box instead of widening the page on phones. */}
        <div className="min-w-0 space-y-4 lg:col-start-2">
          <PredictPanel />
          <RunBar />
          <PredictionResult />
          <Tabs
            label="Sandbox views"
            idPrefix="views"
            tabs={[
              { id: "watch", label: "Watch the run" },
              { id: "compare", label: "Compare variants" },
              { id: "tune", label: "Power-tune memory" },
            ]}
            active={tab}
            onChange={setTab}
          />
          <TabPanel idPrefix="views" id={tab}>
            {tab === "watch" ? (
              <Watch />
            ) : (
              <div className={panel}>{tab === "compare" ? <ComparePanel /> : <TunePanel />}</div>
            )}
          </TabPanel>
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          <EditorPanel />
        </div>
      </div>
    </div>
  );
}
