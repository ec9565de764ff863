"use client";

import dynamic from "next/dynamic";
import { useEffect } from "react";
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

// uPlot and the charts load only after a first run (their own chunk).
const Charts = dynamic(() => import("./charts/Charts"), {
  ssr: false,
  loading: () => <p className={panel}>Loading charts…</p>,
});

function Watch() {
  const hasRun = useSandbox((s) => s.payload !== null);
  if (!hasRun) return <p className={`${panel} text-sm`}>Run the scenario to watch it play out here.</p>;
  return (
    <div className="space-y-4">
      <Summary />
      <Playback />
      <Lanes />
      <Charts />
      <LogView />
    </div>
  );
}

/** The sandbox: edit a scenario, predict, run it in a worker, watch it, compare variants, power-tune. */
export function Workbench() {
  useEffect(() => {
    // Fetch and evaluate the chart code while the learner reads, not during their first run.
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    idle(() => void import("./charts/Charts"));
  }, []);
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
