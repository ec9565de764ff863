/**
 * The CloudWatch-style log of a traced run as an index, not as strings: line i is (kind, row),
 * where row is a segment (INIT_START, START, END, REPORT) or a mark. Lines are ordered by time
 * with a k-way merge of streams that are already in time order, so building the index of a
 * million-invocation run is linear. Text is made only for the lines on screen (formatLine).
 */
import { SEG_COLD, type RunTrace } from "./trace";

export const LINE = { initStart: 0, start: 1, end: 2, report: 3, mark: 4 } as const;

/** The time-ordered line index of a trace. */
export interface LogIndex {
  count: number;
  kind: Uint8Array;
  row: Uint32Array;
}

/** Time of line (kind, row). */
export function lineTime(t: RunTrace, kind: number, row: number): number {
  const s = t.seg;
  if (kind === LINE.mark) return t.mark.t[row] as number;
  const t0 = s.t0[row] as number;
  if (kind === LINE.initStart) return t0;
  const started = t0 + (s.init[row] as number);
  return kind === LINE.start ? started : started + (s.run[row] as number);
}

/** A stream of rows in time order. */
interface Stream {
  kind: number;
  rows: ArrayLike<number>;
  n: number;
}

/** Builds the line index: INIT_START, START, END + REPORT per invocation, and marks. */
export function buildLogIndex(t: RunTrace): LogIndex {
  const s = t.seg;
  const cold: number[] = [];
  const delayed: number[] = [];
  const direct = new Uint32Array(t.segments);
  let nDirect = 0;
  for (let i = 0; i < t.segments; i++) {
    if (((s.flags[i] as number) & SEG_COLD) !== 0) cold.push(i);
    if ((s.init[i] as number) > 0) delayed.push(i);
    else direct[nDirect++] = i;
  }
  // START comes after Init, so the starts of cold invocations need sorting; the rest are in order.
  const delayedStarts = Uint32Array.from(delayed).sort(
    (a, b) => lineTime(t, LINE.start, a) - lineTime(t, LINE.start, b) || a - b,
  );
  // Priority at equal times follows the engine: completions first, then marks, then starts.
  const streams: Stream[] = [
    { kind: LINE.end, rows: t.endOrder, n: t.endOrder.length },
    { kind: LINE.mark, rows: marksInOrder(t), n: t.marks },
    { kind: LINE.initStart, rows: cold, n: cold.length },
    { kind: LINE.start, rows: delayedStarts, n: delayedStarts.length },
    { kind: LINE.start, rows: direct, n: nDirect },
  ];
  const count = t.endOrder.length * 2 + t.marks + cold.length + t.segments;
  const kind = new Uint8Array(count);
  const row = new Uint32Array(count);
  const pos = streams.map(() => 0);
  const head = streams.map((st) => (st.n > 0 ? lineTime(t, st.kind, st.rows[0] as number) : Infinity));
  let out = 0;
  while (out < count) {
    let best = 0;
    for (let k = 1; k < streams.length; k++) if ((head[k] as number) < (head[best] as number)) best = k;
    const st = streams[best] as Stream;
    const r = st.rows[pos[best] as number] as number;
    kind[out] = st.kind;
    row[out++] = r;
    if (st.kind === LINE.end) {
      kind[out] = LINE.report;
      row[out++] = r;
    }
    const p = (pos[best] as number) + 1;
    pos[best] = p;
    head[best] = p < st.n ? lineTime(t, st.kind, st.rows[p] as number) : Infinity;
  }
  return { count, kind, row };
}

/** Mark rows in time order (they are recorded in order; sorted only if a caller broke that). */
function marksInOrder(t: RunTrace): Uint32Array {
  const rows = new Uint32Array(t.marks);
  let sorted = true;
  for (let i = 0; i < t.marks; i++) {
    rows[i] = i;
    if (i > 0 && (t.mark.t[i] as number) < (t.mark.t[i - 1] as number)) sorted = false;
  }
  return sorted ? rows : rows.sort((a, b) => (t.mark.t[a] as number) - (t.mark.t[b] as number) || a - b);
}

/** The first line at or after time `ms` among `lines` (indices into the log), by binary search. */
export function lineAtTime(t: RunTrace, log: LogIndex, lines: ArrayLike<number>, n: number, ms: number): number {
  let lo = 0,
    hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const i = lines[mid] as number;
    if (lineTime(t, log.kind[i] as number, log.row[i] as number) < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
