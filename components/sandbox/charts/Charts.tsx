"use client";

import { useId, useMemo, useState } from "react";
import { inputBase, panel } from "@/components/ui/styles";
import { useSandbox } from "../SandboxStoreProvider";
import type { ChartSeries } from "./chart-data";
import { LatencyChart } from "./LatencyChart";
import { TimeChart } from "./TimeChart";

/** Charts of one function over time (loaded lazily with uPlot), each with a summary and a data table. */
export default function Charts() {
  const payload = useSandbox((s) => s.payload);
  const ran = useSandbox((s) => s.ran);
  const [fnIndex, setFn] = useState(0);
  const id = useId();
  const fn = ran?.functions[fnIndex] ?? ran?.functions[0];
  const series = fn ? payload?.series[fn.name] : undefined;
  const charts = useMemo(() => {
    if (!ran || !fn || !series) return null;
    const sources = new Set(ran.traffic.filter((t) => t.function === fn.name).map((t) => t.type));
    const s = (label: string, values: number[], color: string, agg: ChartSeries["agg"]): ChartSeries => ({
      label,
      values,
      color,
      agg,
    });
    // The account limit is drawn when it is in view (within 3x of the peak); the summary always names it.
    const peak = Math.max(0, ...series.concurrency);
    const account = ran.account.concurrencyLimit;
    const limits = peak * 3 >= account ? [{ label: "Account limit", value: account, color: "#64748b" }] : [];
    if (fn.reservedConcurrency !== null)
      limits.unshift({ label: "Reserved concurrency", value: fn.reservedConcurrency, color: "#dc2626" });
    const limitNote = limits.some((l) => l.label === "Account limit")
      ? undefined
      : `Account limit: ${account.toLocaleString("en-US")} (above the chart).`;
    return {
      concurrency: [s("Concurrency", series.concurrency, "#0369a1", "max")],
      limits,
      limitNote,
      invocations: [
        s("Invocations", series.invocations, "#0369a1", "sum"),
        s("Errors and timeouts", series.errors, "#d97706", "sum"),
      ],
      throttles: [
        s("Throttles", series.throttles, "#dc2626", "sum"),
        s("Cold starts", series.coldStarts, "#7c3aed", "sum"),
      ],
      queue: sources.has("async") ? [s("Async events waiting", series.asyncQueue, "#0d9488", "max")] : null,
      sqs: sources.has("sqs") ? [s("Visible SQS messages", series.sqsBacklog, "#0d9488", "max")] : null,
      age:
        sources.has("kinesis") || sources.has("dynamodb")
          ? [s("Iterator age (ms)", series.iteratorAgeMs, "#0d9488", "max")]
          : null,
    };
  }, [ran, fn, series]);
  if (!payload || !ran || !fn || !charts) return null;
  const totals = payload.functions[fn.name];
  const latency = payload.latency[fn.name];
  return (
    <section className={panel} aria-labelledby={`${id}-title`}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Charts
        </h2>
        {ran.functions.length > 1 ? (
          <div>
            <label htmlFor={`${id}-fn`} className="mb-1 block text-sm font-medium">
              Function
            </label>
            <select
              id={`${id}-fn`}
              className={inputBase}
              value={fnIndex}
              onChange={(e) => setFn(Number(e.target.value))}
            >
              {ran.functions.map((f, i) => (
                <option key={f.name} value={i}>
                  {f.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <div className="mt-3 grid gap-6 lg:grid-cols-2">
        <TimeChart
          id={`${id}-conc`}
          title="Concurrency (peak per second)"
          series={charts.concurrency}
          limits={charts.limits}
          note={charts.limitNote}
        />
        <TimeChart id={`${id}-inv`} title="Invocations and errors per second" series={charts.invocations} />
        <TimeChart id={`${id}-thr`} title="Throttles and cold starts per second" series={charts.throttles} />
        {charts.queue ? <TimeChart id={`${id}-queue`} title="Async queue depth" series={charts.queue} /> : null}
        {charts.sqs ? <TimeChart id={`${id}-sqs`} title="SQS backlog" series={charts.sqs} /> : null}
        {charts.age ? (
          <TimeChart
            id={`${id}-age`}
            title="Iterator age"
            series={charts.age}
            note="Read at each batch, like CloudWatch's IteratorAge."
          />
        ) : null}
        {latency && totals ? (
          <LatencyChart id={`${id}-lat`} h={latency} p50={totals.latencyP50Ms} p99={totals.latencyP99Ms} />
        ) : null}
      </div>
    </section>
  );
}
