"use client";

import { useEffect } from "react";
import { panel } from "@/components/ui/styles";
import { EditorPanel } from "./editor/EditorPanel";
import { COMPARE_PANEL, Later, loadRunView, RUN_VIEW, TUNE_PANEL } from "./lazy";
import { PredictionResult } from "./PredictionResult";
import { PredictPanel } from "./PredictPanel";
import { RejectedNotice } from "./RejectedNotice";
import { RunBar } from "./RunBar";
import { useSandbox } from "./SandboxStoreProvider";
import { ScenarioHeader } from "./ScenarioHeader";
import { loadValidation } from "./store/editor";
import { TabPanel, Tabs } from "./ui/Tabs";
import { UrlSync } from "./UrlSync";

function Watch() {
  const ran = useSandbox((s) => s.payload !== null);
  if (!ran) return <p className={`${panel} text-sm`}>Run the scenario to watch it play out here.</p>;
  return <Later chunk={RUN_VIEW} loading={<p className={panel}>Loading the results…</p>} />;
}

/**
 * Starts loading the validator (zod and the schema) and the Watch view's chunk on the learner's
 * first pointer, focus or key event: usually well before their first edit or Run, and never during
 * the page load. A change made before the validator arrives is checked as soon as it does (the
 * store's `checking`); Run loads the Watch view too, in case it is pressed first.
 */
function useLoadOnFirstUse() {
  useEffect(() => {
    const events = ["pointerdown", "focusin", "keydown"] as const;
    const off = () => events.forEach((e) => document.removeEventListener(e, start, true));
    const start = () => {
      off();
      loadValidation().catch(() => undefined);
      loadRunView().catch(() => undefined);
    };
    events.forEach((e) => document.addEventListener(e, start, true));
    return off;
  }, []);
}

/** The sandbox: edit a scenario, predict, run it in a worker, watch it, compare variants, power-tune. */
export function Workbench() {
  const tab = useSandbox((s) => s.tab);
  const setTab = useSandbox((s) => s.setTab);
  useLoadOnFirstUse();
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
              <div className={panel}>
                <Later
                  key={tab}
                  chunk={tab === "compare" ? COMPARE_PANEL : TUNE_PANEL}
                  loading={<p className="text-sm">Loading…</p>}
                />
              </div>
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
