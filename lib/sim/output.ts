/** Builds the result JSON: per-function totals (fixed key order), per-second series, events. */
import { durationCost, pricesFor, provisionedCost, provisionedDurationCost, requestCost, roundUsd } from "./billing";
import type { FunctionSeries, FunctionTotals, SimEvent, SimResult } from "./types";
import type { FnState, World } from "./world";

/** Nearest-rank percentile of the first `n` values (sorts that prefix in place). */
export function percentiles(values: Float64Array, n: number, ps: readonly number[]): number[] {
  if (n === 0) return ps.map(() => 0);
  const sorted = values.subarray(0, n).sort();
  return ps.map((p) => sorted[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))] as number);
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** Totals of one function, including its cost. */
function totals(w: World, f: FnState): FunctionTotals {
  const prices = pricesFor(w.scenario);
  const { memoryMb, architecture } = f.cfg;
  const [p50, p99] = percentiles(f.latencies, f.latN, [0.5, 0.99]) as [number, number];
  const requestsUsd = requestCost(f.invocations, prices);
  const durationUsd =
    durationCost(f.billedOdMs, memoryMb, architecture, prices) +
    provisionedDurationCost(f.billedPcMs, memoryMb, architecture, prices);
  const provisionedUsd = provisionedCost(f.pc, memoryMb, w.durationMs, architecture, prices);
  return {
    requests: f.requests,
    invocations: f.invocations,
    coldStarts: f.coldStarts,
    succeeded: f.succeeded,
    errors: f.errors,
    timeouts: f.timeouts,
    throttles: f.throttles,
    retries: f.retries,
    dlq: f.dlq,
    onFailure: f.onFailure,
    eventAgeExceeded: f.eventAgeExceeded,
    spillover: f.spillover,
    peakConcurrency: f.peak,
    billedMs: f.billedOdMs + f.billedPcMs,
    costUsd: roundUsd(requestsUsd + durationUsd + provisionedUsd),
    latencyP50Ms: r3(p50),
    latencyP99Ms: r3(p99),
    outcomes: { ok: f.okReq, failed: f.failedReq, throttled: f.throttledReq, pending: f.pendingReq },
    dropped: f.dropped,
    itemsProcessed: f.itemsProcessed,
    itemsFailed: f.itemsFailed,
    itemsPending: f.itemsPending,
    maxIteratorAgeMs: r3(f.maxIteratorAgeMs),
    cost: {
      requestsUsd: roundUsd(requestsUsd),
      durationUsd: roundUsd(durationUsd),
      provisionedUsd: roundUsd(provisionedUsd),
    },
  };
}

/** Per-second series of one function as plain arrays. */
function series(f: FnState): FunctionSeries {
  return {
    concurrency: Array.from(f.sConc),
    throttles: Array.from(f.sThr),
    coldStarts: Array.from(f.sCold),
    invocations: Array.from(f.sInv),
  };
}

/** Assembles the SimResult; events are stably sorted by time. */
export function buildResult(w: World): SimResult {
  const functions: Record<string, FunctionTotals> = {};
  const ser: Record<string, FunctionSeries> = {};
  for (const f of w.fns) {
    functions[f.cfg.name] = totals(w, f);
    ser[f.cfg.name] = series(f);
  }
  const result: SimResult = { functions, series: ser };
  if (w.log !== null) {
    // Array.prototype.sort is stable, so events at the same time keep their emission order.
    result.events = w.log.slice().sort((a: SimEvent, b: SimEvent) => a.tMs - b.tMs);
  }
  return result;
}
