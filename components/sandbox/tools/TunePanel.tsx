"use client";

import dynamic from "next/dynamic";
import { useId } from "react";
import { powerBest } from "@/lib/sim/power-tune";
import { buttonPrimary, inputBase } from "@/components/ui/styles";
import { cn } from "@/components/ui/cn";
import { useSandbox } from "../SandboxStoreProvider";

const TuneChart = dynamic(() => import("./TuneChart"), {
  ssr: false,
  loading: () => <p className="text-sm">Loading the chart…</p>,
});

/** AWS Lambda Power Tuning, in the sandbox: one function at 128 MB to 10,240 MB, duration against cost. */
export function TunePanel() {
  const id = useId();
  const scenario = useSandbox((s) => s.scenario);
  const fn = useSandbox((s) => s.tuneFn);
  const setFn = useSandbox((s) => s.setTuneFn);
  const status = useSandbox((s) => s.tuneStatus);
  const progress = useSandbox((s) => s.tuneProgress);
  const points = useSandbox((s) => s.tunePoints);
  const run = useSandbox((s) => s.runTune);
  if (!scenario) return <p className="text-sm">Fix the scenario first; power tuning runs its traffic.</p>;
  const name = fn ?? scenario.functions[0]?.name ?? "";
  const f = scenario.functions.find((x) => x.name === name);
  const best = points ? powerBest(points) : null;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        Memory also buys CPU: <strong>1,769 MB = 1 vCPU</strong>, and the share grows with memory up to 6 vCPUs at the
        10,240 MB maximum. Each size runs the same traffic; durations are taken as measured at the function&apos;s own
        memory
        {f?.referenceMemoryMb ? ` (${f.referenceMemoryMb} MB here)` : ""}, and the CPU-bound share of the handler (
        {Math.round((f?.cpuBoundShare ?? 0) * 100)} %, using {f?.cpuThreads ?? 1} thread
        {(f?.cpuThreads ?? 1) > 1 ? "s" : ""}) speeds up with the vCPUs it can use.
      </p>
      {f && f.cpuBoundShare === 0 ? (
        <p className="text-sm font-medium text-amber-800 dark:text-amber-300">
          This function&apos;s work is not CPU-bound (cpuBoundShare 0), so more memory only costs more. Set
          cpuBoundShare to model CPU-heavy code.
        </p>
      ) : null}
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-fn`} className="mb-1 block text-sm font-medium">
            Function
          </label>
          <select id={`${id}-fn`} className={inputBase} value={name} onChange={(e) => setFn(e.target.value)}>
            {scenario.functions.map((x) => (
              <option key={x.name}>{x.name}</option>
            ))}
          </select>
        </div>
        <button type="button" className={buttonPrimary} disabled={status === "running"} onClick={() => void run()}>
          {status === "running" ? `Tuning… ${Math.round(progress * 100)} %` : "Power-tune"}
        </button>
      </div>
      {points && best ? (
        <>
          <TuneChart points={points} cheapest={best.cheapest} fastest={best.fastest} />
          {/* The page lets long AWS names break anywhere; a table's figures must not ("$0.00000 858"). */}
          <div
            className="overflow-x-auto"
            tabIndex={0}
            role="region"
            aria-label="Duration and cost by memory size (table)"
          >
            <table className="w-full border-collapse text-left text-sm wrap-normal" data-testid="tune-table">
              <caption className="mb-1 text-left font-semibold">
                Duration and cost per invocation by memory size
              </caption>
              <thead>
                <tr>
                  {["Memory", "vCPUs", "Avg billed duration", "Cost per invocation", ""].map((h) => (
                    <th key={h} scope="col" className="border-b border-slate-300 py-1 pr-3 dark:border-slate-700">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {points.map((p, i) => (
                  <tr
                    key={p.memoryMb}
                    className={cn(
                      (i === best.cheapest || i === best.fastest) && "bg-emerald-50 dark:bg-emerald-950/30",
                    )}
                  >
                    <th scope="row" className="border-b border-slate-200 py-1 pr-3 font-normal dark:border-slate-800">
                      {p.memoryMb.toLocaleString("en-US")} MB
                    </th>
                    <td className="border-b border-slate-200 py-1 pr-3 tabular-nums dark:border-slate-800">
                      {p.vcpus.toFixed(2)}
                    </td>
                    <td className="border-b border-slate-200 py-1 pr-3 tabular-nums dark:border-slate-800">
                      {p.durationMs.toLocaleString("en-US", { maximumFractionDigits: 1 })} ms
                    </td>
                    <td className="border-b border-slate-200 py-1 pr-3 tabular-nums dark:border-slate-800">
                      ${p.costUsd.toPrecision(3)}
                    </td>
                    <td className="border-b border-slate-200 py-1 pr-3 font-semibold dark:border-slate-800">
                      {[i === best.cheapest ? "cheapest" : "", i === best.fastest ? "fastest" : ""]
                        .filter(Boolean)
                        .join(", ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
}
