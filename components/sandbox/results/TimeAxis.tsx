import { BAND } from "./lanes-draw";

const STEPS_S = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600];

/** The largest number of labels that fit, about one per 80 px, at a round step in seconds. */
export function axisTicks(durationMs: number, width: number): number[] {
  const want = Math.max(2, Math.floor(width / 80));
  const step = (STEPS_S.find((s) => durationMs / 1000 / s <= want) ?? 3600) * 1000;
  const ticks: number[] = [];
  for (let t = 0; t <= durationMs + 1e-6; t += step) ticks.push(t);
  return ticks;
}

const label = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);

/**
 * Seconds under the lanes, placed with the renderer's own time → x rule (BAND device pixels of
 * function band, then the run spread across the rest). Decorative: the playhead output and
 * the bar descriptions already say the time in text.
 */
export function TimeAxis({ durationMs, width, dpr }: { durationMs: number; width: number; dpr: number }) {
  if (width === 0 || durationMs <= 0) return null;
  const band = BAND / dpr;
  const x = (t: number) => band + ((width - band) * t) / durationMs;
  const ticks = axisTicks(durationMs, width);
  return (
    <div aria-hidden="true" className="relative mt-1 h-5 text-xs text-slate-600 tabular-nums dark:text-slate-400">
      {ticks.map((t, i) => (
        <span
          key={t}
          className="absolute top-0 border-l border-slate-400 pl-1 leading-4 dark:border-slate-600"
          style={
            i === ticks.length - 1 && x(t) > width - 40
              ? { right: 0, borderLeft: "none", paddingLeft: 0 }
              : { left: x(t) }
          }
        >
          {label(t)}
        </span>
      ))}
    </div>
  );
}
