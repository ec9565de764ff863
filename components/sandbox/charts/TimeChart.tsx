"use client";

import { useMemo } from "react";
import type uPlot from "uplot";
import { DataTable } from "@/components/stats/DataTable";
import { summarize, tableRows, type ChartSeries } from "./chart-data";
import { UPlotChart } from "./UPlotChart";

const SCALES: uPlot.Scales = { x: { time: false } };
const AXES = () => [{ values: (_: uPlot, ticks: number[]) => ticks.map((t) => `${t} s`) }, {}];

type Props = {
  id: string;
  title: string;
  series: ChartSeries[];
  limits?: { label: string; value: number; color: string }[];
  note?: string;
};

/** A per-second chart with its text alternatives: a summary sentence and the data as a table. */
export function TimeChart({ id, title, series, limits = [], note }: Props) {
  const seconds = series[0]?.values.length ?? 0;
  const data = useMemo<uPlot.AlignedData>(() => {
    const x = Array.from({ length: seconds }, (_, i) => i);
    return [x, ...series.map((s) => s.values), ...limits.map((l) => x.map(() => l.value))];
  }, [series, limits, seconds]);
  const uSeries = useMemo<uPlot.Series[]>(
    () => [
      { label: "second" },
      ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, fill: `${s.color}22` })),
      ...limits.map((l) => ({ label: l.label, stroke: l.color, width: 1.5, dash: [6, 4] })),
    ],
    [series, limits],
  );
  // The table's rows only change with the run (not with the playhead).
  const rows = useMemo(() => tableRows(series, seconds), [series, seconds]);
  const summary = [summarize(series), ...limits.map((l) => `${l.label}: ${l.value.toLocaleString("en-US")}`)].join(
    "; ",
  );
  return (
    <section aria-labelledby={`${id}-title`} className="min-w-0">
      <h3 id={`${id}-title`} className="font-semibold">
        {title}
      </h3>
      <p id={`${id}-desc`} className="text-sm text-slate-600 dark:text-slate-400" data-testid={`${id}-summary`}>
        {summary}.{note ? ` ${note}` : ""}
      </p>
      <UPlotChart data={data} series={uSeries} axes={AXES} scales={SCALES} label={title} describedBy={`${id}-desc`} />
      <DataTable id={`${id}-table`} caption={title} columns={["Time", ...series.map((s) => s.label)]} rows={rows} />
    </section>
  );
}
