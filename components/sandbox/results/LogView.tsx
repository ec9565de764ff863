"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { formatLine } from "@/lib/sim/trace-format";
import { lineAtTime } from "@/lib/sim/trace-log";
import { panel } from "@/components/ui/styles";
import { cn } from "@/components/ui/cn";
import { useSandbox, useSandboxStore } from "../SandboxStoreProvider";
import { int } from "./format";
import { filterLog } from "./log-filter";
import { LogFilters } from "./LogFilters";

const ROW = 20;
const VIEW = 320;
const ROWS = Math.ceil(VIEW / ROW) + 1;
/** Browsers cap element heights near 16–33 million px; beyond this the scrollbar is scaled. */
const MAX_SPACER = 4_000_000;

const SCROLL_KEYS = new Set(["ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End", " "]);

const TONE: Record<string, string> = {
  "429": "text-red-700 dark:text-red-400",
  error: "text-amber-800 dark:text-amber-300",
  timeout: "text-violet-700 dark:text-violet-300",
  "202": "text-sky-800 dark:text-sky-300",
};

/** The run's log, CloudWatch style: virtualised, filterable, following the playhead. */
export function LogView() {
  const store = useSandboxStore();
  const payload = useSandbox((s) => s.payload);
  const ran = useSandbox((s) => s.ran);
  const filter = useSandbox((s) => s.logFilter);
  const setFilter = useSandbox((s) => s.setLogFilter);
  type Lines = { idx: Uint32Array | null; n: number; of: unknown; key: string };
  const [done, setDone] = useState<Lines | null>(null);
  const key = `${filter.fn}/${filter.kind}/${filter.status}`;
  // Lines of this payload and filter, or null while they are being filtered.
  const lines = done && done.of === payload && done.key === key ? done : null;
  const [scrollTop, setScrollTop] = useState(0);
  const [current, setCurrent] = useState(-1);
  const scroller = useRef<HTMLDivElement>(null);
  const id = useId();

  // Filtered line list (all lines without a copy when nothing is filtered).
  useEffect(() => {
    if (!payload) return;
    let cancelled = false;
    void filterLog(payload.trace, payload.log, filter, () => cancelled).then((idx) => {
      if (!cancelled && idx !== undefined) setDone({ idx, n: idx ? idx.length : payload.log.count, of: payload, key });
    });
    return () => {
      cancelled = true;
    };
  }, [payload, key]); // eslint-disable-line react-hooks/exhaustive-deps

  const n = lines?.n ?? 0;
  const spacer = Math.max(VIEW, Math.min(n * ROW, MAX_SPACER));
  const scaled = n * ROW > MAX_SPACER;
  const toIndex = (scrollTop: number) =>
    scaled ? Math.round((scrollTop / (spacer - VIEW)) * Math.max(0, n - ROWS + 1)) : Math.floor(scrollTop / ROW);
  const toScroll = (index: number) => (scaled ? (index / Math.max(1, n - ROWS + 1)) * (spacer - VIEW) : index * ROW);
  const top = Math.max(0, Math.min(Math.max(0, n - 1), toIndex(scrollTop)));

  // Follow the playhead: keep the last line at or before it at the bottom of the view.
  useEffect(() => {
    if (!payload || !lines) return;
    const follow = (p: number) => {
      const at = lineAtTime(payload.trace, payload.log, lines.idx ?? identity(lines.n), lines.n, p + 1e-9) - 1;
      setCurrent(at);
      if (!store.getState().logFilter.follow || !scroller.current) return;
      const want = toScroll(Math.max(0, at - Math.floor(VIEW / ROW) + 1));
      if (Math.abs(scroller.current.scrollTop - want) >= 0.5) scroller.current.scrollTop = want;
    };
    follow(store.getState().playhead);
    return store.subscribe((s, prev) => {
      if (s.playhead !== prev.playhead || s.logFilter.follow !== prev.logFilter.follow) follow(s.playhead);
    });
  }, [payload, lines, store]); // eslint-disable-line react-hooks/exhaustive-deps

  const rows = useMemo(() => {
    if (!payload || !ran || !lines) return [];
    const mem = ran.functions.map((f) => f.memoryMb);
    const out = [];
    for (let k = top; k < Math.min(n, top + ROWS); k++) {
      const i = lines.idx ? (lines.idx[k] as number) : k;
      out.push({ k, line: formatLine(payload.trace, payload.log, i, ran.seed, mem) });
    }
    return out;
  }, [payload, ran, lines, top, n]);

  if (!payload || !ran) return null;
  const names = ran.functions.map((f) => f.name);
  const stopFollowing = () => {
    if (filter.follow) setFilter({ follow: false });
  };
  return (
    <section className={panel} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        Log
      </h2>
      <LogFilters names={names} filter={filter} onChange={setFilter} />
      <p className="mt-2 text-sm" role="status" data-testid="log-count">
        {lines ? `${int(n)} of ${int(payload.log.count)} lines` : "Filtering…"}
      </p>
      <div
        ref={scroller}
        tabIndex={0}
        className="relative mt-1 overflow-auto rounded-lg border border-slate-200 bg-slate-50 font-mono text-xs dark:border-slate-800 dark:bg-slate-950"
        style={{ height: VIEW }}
        aria-label="Log lines (scroll to read; unticking Follow keeps your place)"
        data-testid="log"
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        // Only the learner's own scrolling stops following (not the browser clamping after a filter).
        onWheel={stopFollowing}
        onTouchMove={stopFollowing}
        onPointerDown={stopFollowing}
        onKeyDown={(e) => SCROLL_KEYS.has(e.key) && stopFollowing()}
      >
        <div style={{ height: spacer }} aria-hidden="true" />
        <ol className="absolute left-0 right-0" style={{ top: scaled ? scrollTop : top * ROW }} aria-label="Log lines">
          {rows.map(({ k, line }) => (
            <li
              // Keyed by position on screen: while the log follows the playhead, the same rows
              // get new text instead of being removed and created every frame.
              key={k - top}
              aria-setsize={n}
              aria-posinset={k + 1}
              aria-current={k === current ? "time" : undefined}
              className={cn(
                "flex h-5 gap-3 px-2 leading-5 whitespace-nowrap",
                k === current && "bg-sky-100 dark:bg-sky-950",
                TONE[line.status],
              )}
              data-testid="log-line"
            >
              <span className="w-20 shrink-0 text-right tabular-nums">{(line.tMs / 1000).toFixed(3)} s</span>
              <span className="w-24 shrink-0 truncate">{names[line.fn]}</span>
              <span>{line.text}</span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}

/** A stand-in index list 0..n-1 for the unfiltered log (binary search reads it like the filtered one). */
function identity(n: number): ArrayLike<number> {
  return new Proxy({ length: n } as ArrayLike<number>, { get: (t, k) => (k === "length" ? n : Number(k)) });
}
