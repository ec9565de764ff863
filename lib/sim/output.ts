/** Builds the result JSON: per-function totals (fixed key order), per-second series, events. */
import { durationCost, pricesFor, provisionedCost, provisionedDurationCost, requestCost, roundUsd } from "./billing";
import type { FunctionSeries, FunctionTotals, LatencyHistogram, SimEvent, SimResult } from "./types";
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
    errors: Array.from(f.sErr),
    asyncQueue: f.asyncQueue.finish(),
    sqsBacklog: f.sqsBacklog.finish(),
    iteratorAgeMs: Array.from(f.sIterAge, r3),
  };
}

/** Histogram of the first n latencies (already sorted by percentiles()) on 1-2-5 edges. */
function histogram(sorted: Float64Array, n: number): LatencyHistogram {
  const edgesMs = [0];
  for (let decade = 1; edgesMs.length < 40; decade *= 10) {
    for (const k of [1, 2, 5]) edgesMs.push(k * decade);
    if ((edgesMs[edgesMs.length - 1] as number) > (n > 0 ? (sorted[n - 1] as number) : 0)) break;
  }
  const counts = new Array<number>(edgesMs.length - 1).fill(0);
  let b = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i] as number;
    while (b < counts.length - 1 && v >= (edgesMs[b + 1] as number)) b++;
    counts[b] = (counts[b] as number) + 1;
  }
  return { edgesMs, counts };
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
  if (w.trace !== null) {
    result.trace = w.trace.finish();
    // percentiles() left each function's latencies sorted.
    result.latency = Object.fromEntries(w.fns.map((f) => [f.cfg.name, histogram(f.latencies, f.latN)]));
  }
  if (w.log !== null) {
    // Array.prototype.sort is stable, so events at the same time keep their emission order.
    result.events = w.log.slice().sort((a: SimEvent, b: SimEvent) => a.tMs - b.tMs);
  }
  return result;
}
