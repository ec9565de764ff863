"use client";

import { useEffect, useId } from "react";
import { compareRuns } from "@/lib/sim/compare";
import { buttonPrimary, inputBase } from "@/components/ui/styles";
import { cn } from "@/components/ui/cn";
import { ErrorList } from "../editor/ErrorList";
import { useSandbox } from "../SandboxStoreProvider";
import type { ToolsSlice } from "../store/types";

const fmt = (label: string, v: number) =>
  label.startsWith("Cost") ? `$${v.toPrecision(4)}` : v.toLocaleString("en-US", { maximumFractionDigits: 1 });

/** Two variants on the same traffic, side by side: A is the scenario, B changes one function's settings. */
export function ComparePanel() {
  const id = useId();
  const scenario = useSandbox((s) => s.scenario);
  const b = useSandbox((s) => s.compareB);
  const setB = useSandbox((s) => s.setCompareB);
  const errors = useSandbox((s) => s.compareErrors);
  const status = useSandbox((s) => s.compareStatus);
  const result = useSandbox((s) => s.compareResult);
  const run = useSandbox((s) => s.runCompare);
  const first = scenario?.functions[0];
  useEffect(() => {
    if (!b && first) {
      setB({
        fn: first.name,
        reservedConcurrency: first.reservedConcurrency === null ? 100 : first.reservedConcurrency === 100 ? 40 : 100,
        provisionedConcurrency: first.provisionedConcurrency,
        memoryMb: first.memoryMb,
      });
    }
  }, [b, first, setB]);
  if (!scenario) return <p className="text-sm">Fix the scenario first; both variants run its traffic.</p>;
  if (!b) return null;
  const a = scenario.functions.find((f) => f.name === b.fn);
  const update = (patch: Partial<NonNullable<ToolsSlice["compareB"]>>) => setB({ ...b, ...patch });
  const rows = result ? compareRuns(result.a, result.b, result.fn) : [];
  const num = (v: string) => (v === "" ? NaN : Number(v));
  return (
    <div className="space-y-4">
      <p className="text-sm">
        Variant A is your scenario. Variant B sends the same traffic with one function changed, so any difference comes
        from that change.
      </p>
      <div className="grid gap-3 sm:grid-cols-4">
        <div>
          <label htmlFor={`${id}-fn`} className="mb-1 block text-sm font-medium">
            Function
          </label>
          <select id={`${id}-fn`} className={inputBase} value={b.fn} onChange={(e) => update({ fn: e.target.value })}>
            {scenario.functions.map((f) => (
              <option key={f.name}>{f.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-rc`} className="mb-1 block text-sm font-medium">
            B: reserved concurrency
          </label>
          <input
            id={`${id}-rc`}
            type="number"
            className={inputBase}
            placeholder="unreserved"
            value={b.reservedConcurrency ?? ""}
            onChange={(e) => update({ reservedConcurrency: e.target.value === "" ? null : num(e.target.value) })}
          />
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            A: {a?.reservedConcurrency ?? "unreserved"}; empty = unreserved
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-pc`} className="mb-1 block text-sm font-medium">
            B: provisioned concurrency
          </label>
          <input
            id={`${id}-pc`}
            type="number"
            className={inputBase}
            value={Number.isNaN(b.provisionedConcurrency) ? "" : b.provisionedConcurrency}
            onChange={(e) => update({ provisionedConcurrency: num(e.target.value) })}
          />
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">A: {a?.provisionedConcurrency ?? 0}</p>
        </div>
        <div>
          <label htmlFor={`${id}-mem`} className="mb-1 block text-sm font-medium">
            B: memory (MB)
          </label>
          <input
            id={`${id}-mem`}
            type="number"
            className={inputBase}
            value={Number.isNaN(b.memoryMb) ? "" : b.memoryMb}
            onChange={(e) => update({ memoryMb: num(e.target.value) })}
          />
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">A: {a?.memoryMb}</p>
        </div>
      </div>
      <ErrorList errors={errors} title="Variant B is not valid" />
      <button
        type="button"
        className={buttonPrimary}
        disabled={errors.length > 0 || status === "running"}
        onClick={() => void run()}
      >
        {status === "running" ? "Comparing…" : "Compare A and B"}
      </button>
      {result ? (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="A against B (table)">
          <table className="w-full border-collapse text-left text-sm wrap-normal" data-testid="compare-table">
            <caption className="mb-1 text-left font-semibold">{result.fn}: A (your scenario) against B</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b border-slate-300 py-1 pr-3 dark:border-slate-700">
                  Figure
                </th>
                <th scope="col" className="border-b border-slate-300 py-1 pr-3 dark:border-slate-700">
                  A
                </th>
                <th scope="col" className="border-b border-slate-300 py-1 pr-3 dark:border-slate-700">
                  B
                </th>
                <th scope="col" className="border-b border-slate-300 py-1 pr-3 dark:border-slate-700">
                  Difference
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={r.label}
                  data-differs={r.differs}
                  className={cn(r.differs && "bg-amber-50 dark:bg-amber-950/30")}
                >
                  <th scope="row" className="border-b border-slate-200 py-1 pr-3 font-normal dark:border-slate-800">
                    {r.label}
                  </th>
                  {(["a", "b"] as const).map((side) => (
                    <td
                      key={side}
                      className={cn(
                        "border-b border-slate-200 py-1 pr-3 tabular-nums dark:border-slate-800",
                        r.better === side && "font-semibold text-emerald-800 dark:text-emerald-300",
                      )}
                    >
                      {fmt(r.label, r[side])}
                    </td>
                  ))}
                  <td className="border-b border-slate-200 py-1 pr-3 dark:border-slate-800">
                    {r.better
                      ? `${r.better.toUpperCase()} is better`
                      : r.differs
                        ? `${r.a > r.b ? "A" : "B"} is higher`
                        : "same"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
