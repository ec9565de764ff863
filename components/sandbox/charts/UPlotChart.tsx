"use client";

import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { useSandboxStore } from "../SandboxStoreProvider";
import { useDark } from "../ui/useDark";
import { useWidth } from "../ui/useWidth";

type Props = {
  data: uPlot.AlignedData;
  series: uPlot.Series[];
  axes?: (dark: boolean) => uPlot.Axis[];
  scales?: uPlot.Scales;
  plugins?: uPlot.Plugin[];
  height?: number;
  /** Draw the playhead (x in seconds) on this chart. */
  playhead?: boolean;
  label: string;
  describedBy: string;
};

/** A uPlot canvas sized to its container, themed for light/dark, with an optional playhead line. */
export function UPlotChart({
  data,
  series,
  axes,
  scales,
  plugins,
  height = 180,
  playhead = true,
  label,
  describedBy,
}: Props) {
  const wrap = useRef<HTMLDivElement>(null);
  const line = useRef<HTMLDivElement>(null);
  const width = useWidth(wrap);
  const dark = useDark();
  const store = useSandboxStore();
  useEffect(() => {
    const el = wrap.current;
    if (!el || width === 0) return;
    const ink = dark ? "#cbd5e1" : "#334155";
    const grid = dark ? "#1e293b" : "#e2e8f0";
    const themed = (axes?.(dark) ?? [{}, {}]).map((a) => ({
      stroke: ink,
      grid: { stroke: grid, width: 1 },
      ticks: { stroke: grid },
      ...a,
    }));
    const u = new uPlot(
      {
        width,
        height,
        series,
        axes: themed,
        scales,
        plugins,
        legend: { show: true },
        cursor: { drag: { x: false, y: false } },
      },
      data,
      el,
    );
    u.root.setAttribute("aria-hidden", "true");
    const move = (ms: number) => {
      if (!line.current) return;
      const x = u.valToPos(ms / 1000, "x");
      line.current.style.transform = `translateX(${u.bbox.left / devicePixelRatio + x}px)`;
      line.current.style.top = `${u.bbox.top / devicePixelRatio}px`;
      line.current.style.height = `${u.bbox.height / devicePixelRatio}px`;
    };
    if (playhead) move(store.getState().playhead);
    const unsub = playhead
      ? store.subscribe((s, prev) => s.playhead !== prev.playhead && move(s.playhead))
      : () => undefined;
    return () => {
      unsub();
      u.destroy();
    };
  }, [data, series, axes, scales, plugins, height, width, dark, playhead, store]);
  return (
    <div role="img" aria-label={label} aria-describedby={describedBy} className="relative mt-2">
      <div ref={wrap} className="w-full" />
      {playhead ? (
        <div
          ref={line}
          aria-hidden="true"
          className="pointer-events-none absolute left-0 w-px bg-slate-900 dark:bg-white"
        />
      ) : null}
    </div>
  );
}
