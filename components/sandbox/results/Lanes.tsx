"use client";

import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { MARK } from "@/lib/sim/trace";
import { segmentAt } from "@/lib/sim/trace-lanes";
import { panel } from "@/components/ui/styles";
import { useSandbox, useSandboxStore } from "../SandboxStoreProvider";
import { useDark } from "../ui/useDark";
import { useWidth } from "../ui/useWidth";
import { int, secs } from "./format";
import { describeSegment } from "./lane-text";
import { DARK, laneLayout, LanesRenderer, LIGHT } from "./lanes-draw";
import { LanesLegend } from "./LanesLegend";
import { ThrottleStrip } from "./ThrottleStrip";
import { TimeAxis } from "./TimeAxis";

const MAX_HEIGHT = 360;
type Sel = { lane: number; seg: number };

/** One lane per execution environment, drawn on a canvas as the run plays; bars are named on hover and focus. */
export function Lanes() {
  const store = useSandboxStore();
  const payload = useSandbox((s) => s.payload);
  const ran = useSandbox((s) => s.ran);
  const dark = useDark();
  const wrap = useRef<HTMLDivElement>(null);
  const width = useWidth(wrap);
  const canvas = useRef<HTMLCanvasElement>(null);
  const playheadLine = useRef<HTMLDivElement>(null);
  const [renderer, setRenderer] = useState<{ r: LanesRenderer; dpr: number } | null>(null);
  const [sel, setSel] = useState<Sel | null>(null);
  const [hover, setHover] = useState<{ x: number; y: number; text: string } | null>(null);

  useEffect(() => {
    const c = canvas.current;
    if (!payload || !ran || width === 0 || !c) return;
    const dpr = window.devicePixelRatio || 1;
    const W = Math.floor(width * dpr);
    const layout = laneLayout(payload.lanes.lanes, Math.floor(MAX_HEIGHT * dpr));
    c.width = W;
    c.height = Math.max(1, layout.height);
    c.style.height = `${layout.height / dpr}px`;
    const ctx = c.getContext("2d");
    if (!ctx) return;
    const r = new LanesRenderer(
      ctx,
      payload.trace,
      payload.lanes,
      ran.durationMs,
      W,
      Math.floor(MAX_HEIGHT * dpr),
      dark ? DARK : LIGHT,
    );
    setRenderer({ r, dpr });
    setSel(null);
    const draw = (p: number) => {
      r.drawTo(p);
      if (playheadLine.current) playheadLine.current.style.transform = `translateX(${r.x(p) / dpr}px)`;
    };
    draw(store.getState().playhead);
    return store.subscribe((s, prev) => {
      if (s.playhead !== prev.playhead) draw(s.playhead);
    });
  }, [payload, ran, width, dark, store]);

  if (!payload || !ran) return null;
  const { trace, lanes } = payload;
  const names = ran.functions.map((f) => f.name);
  const describe = (i: number) => describeSegment(trace, i, ran.seed, names);

  const pick = (lane: number, seg: number) => {
    if (lane < 0 || lane >= lanes.lanes || seg < 0) return;
    setSel({ lane, seg });
  };
  const laneSegs = (l: number) => ({ from: lanes.start[l] as number, to: lanes.start[l + 1] as number });
  const nearest = (l: number, ms: number) => {
    const { from, to } = laneSegs(l);
    if (from === to) return -1;
    let best = from;
    for (let k = from; k < to && (trace.seg.t0[lanes.segs[k] as number] as number) <= ms; k++) best = k;
    return lanes.segs[best] as number;
  };
  const posInLane = (s: Sel) => {
    const { from, to } = laneSegs(s.lane);
    for (let k = from; k < to; k++) if (lanes.segs[k] === s.seg) return k;
    return from;
  };

  const onKey = (e: KeyboardEvent) => {
    const p = store.getState().playhead;
    if (!sel) {
      if (!["ArrowDown", "ArrowUp", "ArrowLeft", "ArrowRight", "Home", "End"].includes(e.key)) return;
      e.preventDefault();
      for (let l = 0; l < lanes.lanes; l++) {
        const s = nearest(l, p);
        if (s >= 0) return pick(l, s);
      }
      return;
    }
    const k = posInLane(sel);
    const { from, to } = laneSegs(sel.lane);
    const t0 = trace.seg.t0[sel.seg] as number;
    const moves: Record<string, () => void> = {
      ArrowRight: () => k + 1 < to && pick(sel.lane, lanes.segs[k + 1] as number),
      ArrowLeft: () => k - 1 >= from && pick(sel.lane, lanes.segs[k - 1] as number),
      Home: () => pick(sel.lane, lanes.segs[from] as number),
      End: () => pick(sel.lane, lanes.segs[to - 1] as number),
      ArrowDown: () => {
        for (let l = sel.lane + 1; l < lanes.lanes; l++) if (nearest(l, t0) >= 0) return pick(l, nearest(l, t0));
      },
      ArrowUp: () => {
        for (let l = sel.lane - 1; l >= 0; l--) if (nearest(l, t0) >= 0) return pick(l, nearest(l, t0));
      },
      Enter: () => store.getState().setPlayhead(t0),
      Escape: () => setSel(null),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    move();
  };

  const onMove = (e: MouseEvent<HTMLCanvasElement>) => {
    if (!renderer) return;
    const { r, dpr } = renderer;
    const rect = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - rect.left) * dpr;
    const row = Math.floor(((e.clientY - rect.top) * dpr) / r.layout.laneH);
    const ms = r.timeAt(x);
    if (ms > store.getState().playhead) return setHover(null);
    // Lanes sharing this row: the first one busy at that moment.
    for (let l = Math.floor((row * lanes.lanes) / r.layout.rows); l < lanes.lanes && r.rowOf(l) === row; l++) {
      const s = segmentAt(trace, lanes, l, ms);
      if (s >= 0) return setHover({ x: e.clientX - rect.left, y: e.clientY - rect.top, text: describe(s) });
    }
    setHover(null);
  };

  const box =
    sel && renderer
      ? (() => {
          const { r, dpr } = renderer;
          const i = sel.seg;
          const t0 = trace.seg.t0[i] as number;
          const end = t0 + (trace.seg.init[i] as number) + (trace.seg.run[i] as number);
          return {
            left: r.x(t0) / dpr - 2,
            width: Math.max(4, (r.x(end) - r.x(t0)) / dpr + 4),
            top: (r.rowOf(sel.lane) * r.layout.laneH) / dpr - 2,
            height: r.layout.barH / dpr + 4,
          };
        })()
      : null;
  const throttles = trace.mark.kind.reduce((n, k) => n + (k === MARK.throttle ? 1 : 0), 0);

  return (
    <section className={panel} aria-labelledby="lanes-title">
      <h2 id="lanes-title" className="text-lg font-semibold">
        Execution environments
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400" id="lanes-help">
        {int(lanes.lanes)} environment{lanes.lanes === 1 ? "" : "s"}, one lane each
        {renderer && renderer.r.layout.rows < lanes.lanes
          ? ` (${Math.ceil(lanes.lanes / renderer.r.layout.rows)} per pixel row)`
          : ""}
        . Hover a bar, or focus the lanes and use the arrow keys, to name its request; Enter moves the playhead there.
      </p>
      {!trace.complete ? (
        <p className="mt-1 text-sm font-medium text-amber-800 dark:text-amber-300" data-testid="trace-window">
          Lanes and log show the first {secs(trace.windowEndMs)} ({int(trace.segments)} invocations); the summary and
          charts cover the whole run.
        </p>
      ) : null}
      <LanesLegend names={names} />
      <ThrottleStrip total={throttles} width={width} />
      <div ref={wrap} className="relative mt-1 w-full">
        <canvas
          ref={canvas}
          className="block w-full"
          tabIndex={0}
          role="application"
          aria-roledescription="environment lanes"
          aria-label={`Environment lanes: ${int(lanes.lanes)} environments`}
          aria-describedby="lanes-help lanes-focus"
          data-testid="lanes"
          onKeyDown={onKey}
          onMouseMove={onMove}
          onMouseLeave={() => setHover(null)}
        />
        <div
          ref={playheadLine}
          aria-hidden="true"
          className="pointer-events-none absolute top-0 left-0 h-full w-px bg-slate-900 dark:bg-white"
        />
        {box ? (
          <div
            aria-hidden="true"
            className="pointer-events-none absolute rounded border-2 border-fuchsia-600 dark:border-fuchsia-300"
            style={box}
          />
        ) : null}
        {hover ? (
          <div
            role="tooltip"
            className="pointer-events-none absolute z-10 max-w-sm rounded bg-slate-900 px-2 py-1 text-xs text-white shadow dark:bg-white dark:text-slate-900"
            style={{ left: Math.min(hover.x + 12, width - 260), top: hover.y + 12 }}
            data-testid="lane-tooltip"
          >
            {hover.text}
          </div>
        ) : null}
      </div>
      <TimeAxis durationMs={ran.durationMs} width={width} dpr={renderer?.dpr ?? 1} />
      <p id="lanes-focus" aria-live="polite" className="mt-2 min-h-5 text-sm" data-testid="lane-focus">
        {sel ? describe(sel.seg) : ""}
      </p>
    </section>
  );
}
