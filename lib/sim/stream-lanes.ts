/**
 * Geometry and state of a stream event source mapping: records are spread evenly over shards
 * and, with a ParallelizationFactor, over that many ordered lanes per shard. Record arrival
 * times follow from the rate, so no event is needed per record.
 */
import { pickMask, Prng } from "./prng";
import type { StreamTraffic } from "./schema";
import type { FnState, World } from "./world";

/** One stream mapping: per-lane checkpoint, current batch range, retries and bisect stack. */
export class StreamMapping {
  readonly lanes: number;
  readonly total: number;
  readonly interval: number;
  readonly poison: Uint8Array;
  readonly retentionMs: number;
  readonly maxAgeMs: number;
  next: Int32Array;
  curA: Int32Array;
  curB: Int32Array;
  busy: Uint8Array;
  retries: Int32Array;
  isNew: Uint8Array;
  counted: Uint8Array;
  req: Int32Array;
  doneInRange: Int32Array;
  stack: [number, number][][];

  constructor(
    readonly idx: number,
    readonly fn: FnState,
    readonly cfg: StreamTraffic,
    w: World,
    index: number,
  ) {
    const L = cfg.shards * cfg.parallelizationFactor;
    this.lanes = L;
    this.interval = 1000 / cfg.recordsPerSecond;
    const end = Math.min(cfg.toMs ?? w.durationMs, w.durationMs);
    this.total = Math.max(0, Math.ceil((end - cfg.fromMs) / this.interval - 1e-9));
    this.poison = pickMask(this.total, cfg.poisonRate, new Prng(w.seed, 3000 + index), cfg.poisonIndices);
    this.retentionMs = cfg.retentionHours * 3_600_000;
    this.maxAgeMs = cfg.maxRecordAgeS === -1 ? Infinity : cfg.maxRecordAgeS * 1000;
    this.next = new Int32Array(L);
    this.curA = new Int32Array(L).fill(-1);
    this.curB = new Int32Array(L);
    this.busy = new Uint8Array(L);
    this.retries = new Int32Array(L);
    this.isNew = new Uint8Array(L);
    this.counted = new Uint8Array(L);
    this.req = new Int32Array(L);
    this.doneInRange = new Int32Array(L);
    this.stack = Array.from({ length: L }, () => []);
  }

  /** Global record index of the n-th record of lane l. */
  record(l: number, n: number): number {
    const shards = this.cfg.shards,
      pf = this.cfg.parallelizationFactor;
    return Math.floor(l / pf) + shards * (l % pf) + shards * pf * n;
  }

  arrival(k: number): number {
    return this.cfg.fromMs + k * this.interval;
  }

  /** Records of lane l in the whole run. */
  laneTotal(l: number): number {
    const o = this.record(l, 0);
    return this.total > o ? Math.ceil((this.total - o) / this.lanes) : 0;
  }

  /** Records of lane l that have arrived by time t. */
  arrived(l: number, t: number): number {
    const kmax = Math.floor((t - this.cfg.fromMs) / this.interval + 1e-9);
    const o = this.record(l, 0);
    if (kmax < o) return 0;
    return Math.min(this.laneTotal(l), Math.floor((kmax - o) / this.lanes) + 1);
  }

  /** First lane-record index still younger than `ageMs` at time t. */
  firstYounger(l: number, t: number, ageMs: number): number {
    const o = this.record(l, 0);
    const k = Math.ceil((t - ageMs - this.cfg.fromMs) / this.interval - 1e-9);
    return Math.max(0, Math.ceil((k - o) / this.lanes - 1e-9));
  }
}
