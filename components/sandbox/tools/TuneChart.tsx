"use client";

import { useMemo } from "react";
import type uPlot from "uplot";
import type { PowerPoint } from "@/lib/sim/power-tune";
import { UPlotChart } from "../charts/UPlotChart";

const MEMORY_TICKS = [128, 256, 512, 1024, 2048, 4096, 10240];

/** Duration and cost against memory (log scale), two y axes, cheapest and fastest marked: Power Tuning's view. */
export default function TuneChart({
  points,
  cheapest,
  fastest,
}: {
  points: PowerPoint[];
  cheapest: number;
  fastest: number;
}) {
  const data = useMemo<uPlot.AlignedData>(
    () => [points.map((p) => p.memoryMb), points.map((p) => p.durationMs), points.map((p) => p.costUsd * 1e6)],
    [points],
  );
  const series = useMemo<uPlot.Series[]>(
    () => [
      { label: "Memory (MB)" },
      { label: "Avg duration (ms)", stroke: "#0369a1", width: 2, scale: "ms", points: { size: 6 } },
      { label: "Cost per 1M invocations ($)", stroke: "#d97706", width: 2, scale: "usd", points: { size: 6 } },
    ],
    [],
  );
  const scales = useMemo<uPlot.Scales>(
    // A log scale fitted to the sizes (uPlot's default snaps to decades, leaving most of the width empty).
    () => ({
      x: { time: false, distr: 3, range: (_u, min, max) => [min / 1.15, max * 1.15] },
      ms: { auto: true },
      usd: { auto: true },
    }),
    [],
  );
  const axes = useMemo(
    () => () => [
      {
        // Fixed ticks at the sizes learners pick: uPlot's own log ticks crowd together (and come as
        // null where it hides one, which printed "null MB").
        label: "Memory (MB)",
        splits: () => MEMORY_TICKS,
        values: (_: uPlot, t: (number | null)[]) => t.map((v) => (v == null ? "" : v.toLocaleString("en-US"))),
      },
      { scale: "ms", label: "ms", values: (_: uPlot, t: number[]) => t.map((v) => `${v}`) },
      {
        scale: "usd",
        side: 1,
        label: "$ / 1M",
        grid: { show: false },
        values: (_: uPlot, t: number[]) => t.map((v) => `$${v}`),
      },
    ],
    [],
  );
  const plugins = useMemo<uPlot.Plugin[]>(
    () => [
      {
        hooks: {
          // Ring and label the cheapest point on the cost line and the fastest on the duration line.
          draw: (u) => {
            const ctx = u.ctx;
            const mark = (i: number, seriesIdx: number, scale: string, text: string, color: string, dy: number) => {
              const x = u.valToPos(u.data[0][i] as number, "x", true);
              const y = u.valToPos(u.data[seriesIdx]?.[i] as number, scale, true);
              ctx.save();
              ctx.strokeStyle = color;
              ctx.fillStyle = color;
              ctx.lineWidth = 2 * devicePixelRatio;
              ctx.beginPath();
              ctx.arc(x, y, 7 * devicePixelRatio, 0, 2 * Math.PI);
              ctx.stroke();
              ctx.font = `${12 * devicePixelRatio}px sans-serif`;
              ctx.textAlign = x > u.bbox.left + u.bbox.width / 2 ? "right" : "left";
              ctx.fillText(
                text,
                x + (ctx.textAlign === "right" ? -10 : 10) * devicePixelRatio,
                y - dy * devicePixelRatio,
              );
              ctx.restore();
            };
            // The two labels sit at different heights: on a phone the points are close enough to collide.
            if (cheapest >= 0) mark(cheapest, 2, "usd", "cheapest", "#b45309", 10);
            if (fastest >= 0) mark(fastest, 1, "ms", "fastest", "#0369a1", 26);
          },
        },
      },
    ],
    [cheapest, fastest],
  );
  const c = points[cheapest];
  const f = points[fastest];
  const summary = `Cheapest at ${c?.memoryMb.toLocaleString("en-US")} MB ($${((c?.costUsd ?? 0) * 1e6).toFixed(2)} per million, ${c?.durationMs.toFixed(0)} ms); fastest at ${f?.memoryMb.toLocaleString("en-US")} MB (${f?.durationMs.toFixed(0)} ms, $${((f?.costUsd ?? 0) * 1e6).toFixed(2)} per million).`;
  return (
    <div>
      <p id="tune-summary" className="text-sm font-medium" data-testid="tune-summary">
        {summary}
      </p>
      <UPlotChart
        data={data}
        series={series}
        scales={scales}
        axes={axes}
        plugins={plugins}
        playhead={false}
        height={240}
        label="Duration and cost by memory size"
        describedBy="tune-summary"
      />
    </div>
  );
}
