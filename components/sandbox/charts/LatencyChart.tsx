"use client";

import { useMemo } from "react";
import uPlot from "uplot";
import type { LatencyHistogram } from "@/lib/sim";
import { DataTable } from "@/components/stats/DataTable";
import { int } from "../results/format";
import { UPlotChart } from "./UPlotChart";

const range = (a: number, b: number) => `${int(a)}–${int(b)} ms`;

/** Latency distribution (Init + handler) on 1-2-5 buckets, empty buckets at the ends left out. */
export function LatencyChart({ id, h, p50, p99 }: { id: string; h: LatencyHistogram; p50: number; p99: number }) {
  const rows = useMemo(() => {
    const first = h.counts.findIndex((c) => c > 0);
    const last = h.counts.length - 1 - [...h.counts].reverse().findIndex((c) => c > 0);
    if (first < 0) return [];
    return h.counts
      .slice(first, last + 1)
      .map((c, k) => [range(h.edgesMs[first + k] as number, h.edgesMs[first + k + 1] as number), c]);
  }, [h]);
  const data = useMemo<uPlot.AlignedData>(() => [rows.map((_, i) => i), rows.map((r) => r[1] as number)], [rows]);
  const series = useMemo<uPlot.Series[]>(
    () => [
      { label: "bucket" },
      {
        label: "Invocations",
        stroke: "#0369a1",
        fill: "#0369a188",
        paths: uPlot.paths.bars?.({ size: [0.8, 60] }),
        points: { show: false },
      },
    ],
    [],
  );
  const axes = useMemo(
    () => () => [
      {
        values: (_: uPlot, ticks: number[]) => ticks.map((t) => (rows[t] ? String(rows[t][0]).replace(" ms", "") : "")),
      },
      {},
    ],
    [rows],
  );
  const scales = useMemo<uPlot.Scales>(
    () => ({ x: { time: false, range: [-0.5, Math.max(0.5, rows.length - 0.5)] } }),
    [rows.length],
  );
  return (
    <section aria-labelledby={`${id}-title`} className="min-w-0">
      <h3 id={`${id}-title`} className="font-semibold">
        Latency distribution
      </h3>
      <p id={`${id}-desc`} className="text-sm text-slate-600 dark:text-slate-400">
        Init plus handler time of every invocation: p50 {int(p50)} ms, p99 {int(p99)} ms.
      </p>
      <UPlotChart
        data={data}
        series={series}
        axes={axes}
        scales={scales}
        playhead={false}
        label="Latency distribution"
        describedBy={`${id}-desc`}
      />
      <DataTable id={`${id}-table`} caption="Latency distribution" columns={["Latency", "Invocations"]} rows={rows} />
    </section>
  );
}
