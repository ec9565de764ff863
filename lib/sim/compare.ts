/** Side-by-side figures of two runs of the same traffic (the sandbox's compare view). */
import type { FunctionTotals, SimResult } from "./types";

export interface CompareRow {
  label: string;
  a: number;
  b: number;
  /** Which side is better when they differ (lower is better for every row but "succeeded"). */
  better: "a" | "b" | null;
}

const ROWS: [string, (t: FunctionTotals) => number, "low" | "high"][] = [
  ["Requests", (t) => t.requests, "high"],
  ["Succeeded requests", (t) => t.outcomes.ok, "high"],
  ["Throttles (429)", (t) => t.throttles, "low"],
  ["Cold starts", (t) => t.coldStarts, "low"],
  ["Spillover to on-demand", (t) => t.spillover, "low"],
  ["Errors and timeouts", (t) => t.errors + t.timeouts, "low"],
  ["Retries", (t) => t.retries, "low"],
  ["Peak concurrency", (t) => t.peakConcurrency, "low"],
  ["p50 latency (ms)", (t) => t.latencyP50Ms, "low"],
  ["p99 latency (ms)", (t) => t.latencyP99Ms, "low"],
  ["Billed duration (ms)", (t) => t.billedMs, "low"],
  ["Cost (USD)", (t) => t.costUsd, "low"],
];

/** Rows comparing function `fn` in runs a and b, each saying which side is better. */
export function compareRuns(a: SimResult, b: SimResult, fn: string): CompareRow[] {
  const ta = a.functions[fn];
  const tb = b.functions[fn];
  if (!ta || !tb) return [];
  return ROWS.map(([label, get, dir]) => {
    const va = get(ta);
    const vb = get(tb);
    const better = va === vb ? null : va < vb === (dir === "low") ? "a" : "b";
    return { label, a: va, b: vb, better };
  });
}
