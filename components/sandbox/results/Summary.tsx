"use client";

import { useEffect } from "react";
import type { FunctionTotals } from "@/lib/sim";
import { panel } from "@/components/ui/styles";
import { useSandbox } from "../SandboxStoreProvider";
import { int, ms, usd } from "./format";

type Row = [string, (t: FunctionTotals) => string];

const ROWS: Row[] = [
  ["Requests", (t) => int(t.requests)],
  ["Succeeded", (t) => int(t.outcomes.ok)],
  ["Failed", (t) => int(t.outcomes.failed)],
  ["Throttled (429)", (t) => int(t.outcomes.throttled)],
  ["Still pending at the end", (t) => int(t.outcomes.pending)],
  ["Invocations", (t) => int(t.invocations)],
  ["Cold starts", (t) => int(t.coldStarts)],
  ["Throttles", (t) => int(t.throttles)],
  ["Retries", (t) => int(t.retries)],
  ["To the DLQ", (t) => int(t.dlq)],
  ["To the on-failure destination", (t) => int(t.onFailure)],
  ["Spillover beyond provisioned", (t) => int(t.spillover)],
  ["Peak concurrency", (t) => int(t.peakConcurrency)],
  ["Latency p50", (t) => ms(t.latencyP50Ms)],
  ["Latency p99", (t) => ms(t.latencyP99Ms)],
  ["Billed duration", (t) => ms(t.billedMs)],
];

const COST: Row[] = [
  ["Requests", (t) => usd(t.cost.requestsUsd)],
  ["Duration", (t) => usd(t.cost.durationUsd)],
  ["Provisioned concurrency", (t) => usd(t.cost.provisionedUsd)],
  ["Total", (t) => usd(t.costUsd)],
];

function Table({
  caption,
  rows,
  names,
  totals,
  testid,
}: {
  caption: string;
  rows: Row[];
  names: string[];
  totals: FunctionTotals[];
  testid: string;
}) {
  return (
    <table className="w-full border-collapse text-left text-sm" data-testid={testid}>
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="border-b border-slate-300 py-1 pr-3 dark:border-slate-700">
            <span className="sr-only">Figure</span>
          </th>
          {names.map((n) => (
            <th key={n} scope="col" className="border-b border-slate-300 py-1 pr-3 font-mono dark:border-slate-700">
              {n}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, get]) => (
          <tr key={label} data-row={label}>
            <th scope="row" className="border-b border-slate-200 py-1 pr-3 font-normal dark:border-slate-800">
              {label}
            </th>
            {totals.map((t, i) => (
              <td key={names[i]} className="border-b border-slate-200 py-1 pr-3 tabular-nums dark:border-slate-800">
                {get(t)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Totals of the run per function, and what it cost (us-east-1 list prices, no free tier). */
export function Summary() {
  const payload = useSandbox((s) => s.payload);
  useEffect(() => {
    if (!payload) return;
    // For bench:sandbox: the summary of this run is on screen at the next frame.
    const id = requestAnimationFrame(() => performance.mark("sandbox:summary"));
    return () => cancelAnimationFrame(id);
  }, [payload]);
  if (!payload) return null;
  const names = Object.keys(payload.functions);
  const totals = Object.values(payload.functions);
  return (
    <section className={`${panel} grid gap-6 md:grid-cols-2`} aria-labelledby="summary-title" data-testid="summary">
      <h2 id="summary-title" className="text-lg font-semibold md:col-span-2">
        Summary
      </h2>
      <div className="overflow-x-auto">
        <Table caption="What happened" rows={ROWS} names={names} totals={totals} testid="summary-table" />
      </div>
      <div className="overflow-x-auto">
        <Table
          caption="Cost (USD, us-east-1 list prices, no free tier)"
          rows={COST}
          names={names}
          totals={totals}
          testid="cost-table"
        />
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          Duration is billed per 1 ms, Init included for on-demand cold starts (since 1 August 2025); requests are
          billed per invocation, retries included, throttles not.
        </p>
      </div>
    </section>
  );
}
