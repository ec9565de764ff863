"use client";

import { useEffect, useRef } from "react";
import { MARK } from "@/lib/sim/trace";
import { useSandbox, useSandboxStore } from "../SandboxStoreProvider";
import { useDark } from "../ui/useDark";
import { int } from "./format";
import { BAND } from "./lanes-draw";

const H = 18;

/** Throttled requests (429s) above the lanes, as they happen: a bar per pixel column, taller for more. */
export function ThrottleStrip({ total, width }: { total: number; width: number }) {
  const store = useSandboxStore();
  const payload = useSandbox((s) => s.payload);
  const ran = useSandbox((s) => s.ran);
  const dark = useDark();
  const canvas = useRef<HTMLCanvasElement>(null);
  const count = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext("2d");
    if (!c || !ctx || !payload || !ran || width === 0 || total === 0) return;
    const dpr = window.devicePixelRatio || 1;
    const W = Math.floor(width * dpr);
    c.width = W;
    c.height = H * dpr;
    const m = payload.trace.mark;
    const times: number[] = [];
    for (let i = 0; i < payload.trace.marks; i++) if (m.kind[i] === MARK.throttle) times.push(m.t[i] as number);
    const x = (t: number) => BAND + Math.floor(((W - BAND) * t) / ran.durationMs);
    const cols = new Int32Array(W);
    for (const t of times) {
      const col = Math.min(W - 1, x(t));
      cols[col] = (cols[col] as number) + 1;
    }
    const max = cols.reduce((a, b) => Math.max(a, b), 0);
    const draw = (p: number) => {
      ctx.clearRect(0, 0, W, H * dpr);
      ctx.fillStyle = dark ? "#f87171" : "#b91c1c";
      const last = Math.min(W - 1, x(p));
      for (let col = 0; col <= last; col++) {
        const n = cols[col] as number;
        if (n === 0) continue;
        const h = Math.max(2, Math.round((Math.log2(n + 1) / Math.log2(max + 1)) * H * dpr));
        ctx.fillRect(col, H * dpr - h, 1, h);
      }
      let lo = 0,
        hi = times.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((times[mid] as number) <= p) lo = mid + 1;
        else hi = mid;
      }
      if (count.current) count.current.textContent = int(lo);
    };
    draw(store.getState().playhead);
    return store.subscribe((s, prev) => {
      if (s.playhead !== prev.playhead) draw(s.playhead);
    });
  }, [payload, ran, width, dark, total, store]);

  if (total === 0) return <p className="mt-2 text-sm">No request was throttled in this part of the run.</p>;
  return (
    <div className="mt-2">
      <p className="text-sm">
        <span className="font-semibold text-red-700 dark:text-red-400">Throttled (429)</span> so far:{" "}
        <span ref={count} data-testid="throttles-so-far">
          0
        </span>{" "}
        of {int(total)}
      </p>
      <canvas ref={canvas} aria-hidden="true" className="block w-full" style={{ height: H }} />
    </div>
  );
}
