/**
 * Environment lanes of a traced run: one lane per execution environment (grouped by function,
 * then in creation order) with its invocations in time order, built by a counting sort in
 * linear time. A lane is drawn idle from its creation until it expires (`idleTtlMs` after its
 * last invocation; provisioned environments never expire), and busy or in Init during its
 * invocations.
 */
import type { RunTrace } from "./trace";

export interface LaneIndex {
  lanes: number;
  /** Environment id and function index of each lane. */
  env: Int32Array;
  fn: Int32Array;
  /** Segments of lane l are segs[start[l] .. start[l + 1]), in time order. */
  start: Int32Array;
  segs: Int32Array;
  /** When the lane's environment exists: created, and gone (Infinity = still warm at the end). */
  bornMs: Float64Array;
  goneMs: Float64Array;
}

/** Groups the trace's segments by environment. `idleTtlMs` is per function index. */
export function buildLanes(t: RunTrace, idleTtlMs: readonly number[]): LaneIndex {
  const envs = t.envs;
  const order = Array.from({ length: envs }, (_, i) => i).sort(
    (a, b) => (t.env.fn[a] as number) - (t.env.fn[b] as number) || a - b,
  );
  const laneOf = new Int32Array(envs);
  order.forEach((e, l) => (laneOf[e] = l));
  const start = new Int32Array(envs + 1);
  for (let i = 0; i < t.segments; i++) {
    const l = (laneOf[t.seg.env[i] as number] as number) + 1;
    start[l] = (start[l] as number) + 1;
  }
  for (let l = 0; l < envs; l++) start[l + 1] = (start[l + 1] as number) + (start[l] as number);
  const fill = start.slice(0, envs);
  const segs = new Int32Array(t.segments);
  // Segments are in start order, so each lane's list comes out in time order.
  for (let i = 0; i < t.segments; i++) {
    const l = laneOf[t.seg.env[i] as number] as number;
    const at = fill[l] as number;
    segs[at] = i;
    fill[l] = at + 1;
  }
  const env = Int32Array.from(order);
  const fn = Int32Array.from(order, (e) => t.env.fn[e] as number);
  const bornMs = Float64Array.from(order, (e) => t.env.createdMs[e] as number);
  const goneMs = new Float64Array(envs);
  for (let l = 0; l < envs; l++) {
    const e = order[l] as number;
    const n = (start[l + 1] as number) - (start[l] as number);
    if (t.env.provisioned[e] === 1 || n === 0) {
      goneMs[l] = t.env.provisioned[e] === 1 ? Infinity : (bornMs[l] as number);
      continue;
    }
    const last = segs[(start[l + 1] as number) - 1] as number;
    const end = (t.seg.t0[last] as number) + (t.seg.init[last] as number) + (t.seg.run[last] as number);
    goneMs[l] = end + (idleTtlMs[fn[l] as number] ?? 0);
  }
  return { lanes: envs, env, fn, start, segs, bornMs, goneMs };
}

/** The segment of lane l running at time ms, or -1 (binary search). */
export function segmentAt(t: RunTrace, lanes: LaneIndex, l: number, ms: number): number {
  let lo = lanes.start[l] as number,
    hi = lanes.start[l + 1] as number;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((t.seg.t0[lanes.segs[mid] as number] as number) <= ms) lo = mid + 1;
    else hi = mid;
  }
  if (lo === (lanes.start[l] as number)) return -1;
  const s = lanes.segs[lo - 1] as number;
  const end = (t.seg.t0[s] as number) + (t.seg.init[s] as number) + (t.seg.run[s] as number);
  return ms < end ? s : -1;
}
