"use client";

import { buttonPrimary, buttonSecondary, panel } from "@/components/ui/styles";
import { loadRunView } from "./lazy";
import { useSandbox } from "./SandboxStoreProvider";
import { needsAnswer } from "./store/run";

/** Run (in the worker), its progress and Cancel; says why Run is locked when it is. */
export function RunBar() {
  const status = useSandbox((s) => s.status);
  const progress = useSandbox((s) => s.progress);
  const valid = useSandbox((s) => s.scenario !== null);
  const checking = useSandbox((s) => s.checking);
  const locked = useSandbox(needsAnswer);
  const runMs = useSandbox((s) => s.runMs);
  const runError = useSandbox((s) => s.runError);
  const ready = useSandbox((s) => s.workerReady);
  const run = useSandbox((s) => s.run);
  const cancel = useSandbox((s) => s.cancel);
  const running = status === "running";
  const why = checking
    ? "Checking the scenario…"
    : !valid
      ? "Fix the scenario's problems to run it."
      : locked
        ? "Answer the question above to unlock Run."
        : null;
  return (
    <section className={`${panel} flex flex-wrap items-center gap-3`} aria-label="Run the scenario" data-ready={ready}>
      <button
        type="button"
        className={buttonPrimary}
        disabled={!valid || checking || locked || running}
        aria-describedby={why ? "run-why" : undefined}
        onClick={() => {
          performance.mark("sandbox:run");
          // The Watch view's chunk downloads while the worker simulates.
          void loadRunView();
          void run();
        }}
      >
        {running ? "Running…" : "Run"}
      </button>
      {running ? (
        <>
          <label className="flex items-center gap-2 text-sm">
            Simulating
            <progress className="w-40" max={1} value={progress} aria-valuetext={`${Math.round(progress * 100)} %`} />
            <span aria-hidden="true">{Math.round(progress * 100)} %</span>
          </label>
          <button type="button" className={buttonSecondary} onClick={cancel}>
            Cancel
          </button>
        </>
      ) : null}
      {!ready ? <p className="text-sm text-slate-600 dark:text-slate-400">Loading the simulator…</p> : null}
      {why ? (
        <p id="run-why" className="text-sm text-slate-700 dark:text-slate-300">
          {why}
        </p>
      ) : null}
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300" data-testid="run-status">
        {status === "done" && runMs !== null ? `Simulated in ${Math.round(runMs).toLocaleString("en-US")} ms.` : null}
        {status === "cancelled" ? "Run cancelled; nothing changed." : null}
        {status === "error" ? `The run failed: ${runError}` : null}
      </p>
    </section>
  );
}
