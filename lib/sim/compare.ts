/** Side-by-side figures of two runs of the same traffic (the sandbox's compare view). */
import type { FunctionTotals, SimResult } from "./types";

export interface CompareRow {
  label: string;
  a: number;
  b: number;
  differs: boolean;
  /**
   * Which side is better when they differ; null for figures that are neither (a higher peak
   * concurrency or more billed time can simply mean more requests were served, not throttled).
   */
  better: "a" | "b" | null;
}

const ROWS: [string, (t: FunctionTotals) => number, "low" | "high" | "neutral"][] = [
  ["Requests", (t) => t.requests, "neutral"],
  ["Succeeded requests", (t) => t.outcomes.ok, "high"],
  ["Throttles (429)", (t) => t.throttles, "low"],
  ["Cold starts", (t) => t.coldStarts, "low"],
  ["Spillover to on-demand", (t) => t.spillover, "low"],
  ["Errors and timeouts", (t) => t.errors + t.timeouts, "low"],
  ["Retries", (t) => t.retries, "low"],
  ["Peak concurrency", (t) => t.peakConcurrency, "neutral"],
  ["p50 latency (ms)", (t) => t.latencyP50Ms, "low"],
  ["p99 latency (ms)", (t) => t.latencyP99Ms, "low"],
  ["Billed duration (ms)", (t) => t.billedMs, "neutral"],
  ["Cost (USD)", (t) => t.costUsd, "low"],
];

/** Rows comparing function `fn` in runs a and b, each saying whether they differ and which side is better. */
export function compareRuns(a: SimResult, b: SimResult, fn: string): CompareRow[] {
  const ta = a.functions[fn];
  const tb = b.functions[fn];
  if (!ta || !tb) return [];
  return ROWS.map(([label, get, dir]) => {
    const va = get(ta);
    const vb = get(tb);
    const differs = va !== vb;
    const better = !differs || dir === "neutral" ? null : va < vb === (dir === "low") ? "a" : "b";
    return { label, a: va, b: vb, differs, better };
  });
}
