"use client";

import { useDark } from "../ui/useDark";
import { DARK, LIGHT, type Rgb } from "./lanes-draw";

const css = ([r, g, b]: Rgb) => `rgb(${r} ${g} ${b})`;

/** What the lane colours mean (and which function each left-edge colour is). */
export function LanesLegend({ names }: { names: string[] }) {
  const p = useDark() ? DARK : LIGHT;
  const items: [string, Rgb][] = [
    ["Init (cold start)", p.init],
    ["Busy, succeeded", p.ok],
    ["Busy, error", p.error],
    ["Busy, timed out", p.timeout],
    ["Retry attempt starts", p.retry],
    ["Idle (warm)", p.idle],
    ["Idle, provisioned", p.idlePc],
  ];
  if (names.length > 1) names.forEach((n, i) => items.push([`Function ${n}`, p.fns[i % p.fns.length] as Rgb]));
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Lane colours">
      {items.map(([label, c]) => (
        <li key={label} className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ background: css(c) }} />
          {label}
        </li>
      ))}
    </ul>
  );
}
