/**
 * A columnar record of a run for the sandbox page: one row per invocation ("segment") and one per
 * mark (throttle, 202, retry, DLQ, destination, expiry), in typed arrays that a Web Worker can
 * transfer without copying. Unlike the event log it builds no object and no string per event,
 * so a million-invocation run stays cheap. A row budget bounds memory: once it is spent, the
 * record is complete up to `windowEndMs` and totals and series still cover the whole run.
 */
import { grown } from "./typed";

/** Mark kinds (the non-invocation lines of the log). */
export const MARK = { accepted: 0, throttle: 1, retry: 2, dlq: 3, onFailure: 4, eventAgeExceeded: 5 } as const;
export type MarkKind = (typeof MARK)[keyof typeof MARK];

/** Segment status codes (ST_* in invoke.ts). */
export const SEG_STATUS = ["ok", "error", "timeout"] as const;
/** Segment flag bits. */
export const SEG_COLD = 1;
export const SEG_PROVISIONED = 2;
export const SEG_INIT_TIMEOUT = 4;
/** Source codes shared by segments and marks. */
export const SOURCES = ["sync", "async", "sqs", "kinesis", "dynamodb"] as const;
/** Mark `code`: the throttling limit, or the destination condition. */
export const LIMITS = ["", "account", "reserved", "scaling"] as const;
export const CONDITIONS = ["", "RetriesExhausted", "EventAgeExceeded", "RecordAgeExceeded"] as const;

/** The transferable record of a run (see docs/simulator.md, "The sandbox trace"). */
export interface RunTrace {
  /** True when every invocation and mark of the run is recorded. */
  complete: boolean;
  /** Rows are recorded for times before this (the whole run when complete). */
  windowEndMs: number;
  segments: number;
  seg: {
    t0: Float64Array;
    init: Float32Array;
    run: Float32Array;
    billed: Int32Array;
    env: Int32Array;
    req: Int32Array;
    attempt: Uint16Array;
    fn: Uint8Array;
    status: Uint8Array;
    flags: Uint8Array;
    source: Uint8Array;
  };
  /** Segment numbers in the order the invocations ended (END lines are in this order). */
  endOrder: Int32Array;
  marks: number;
  mark: {
    t: Float64Array;
    req: Int32Array;
    attempt: Uint16Array;
    fn: Uint8Array;
    kind: Uint8Array;
    code: Uint8Array;
    source: Uint8Array;
  };
  /** Execution environments: owning function, provisioned flag, creation time. */
  envs: number;
  env: { fn: Int32Array; provisioned: Uint8Array; createdMs: Float64Array };
}

type Col = Float64Array | Float32Array | Int32Array | Uint16Array | Uint8Array;
const grow = <T extends Col>(a: T, n: number): T => grown(a as never, n) as T;

/** Records segments, marks and environments into growable typed columns, up to a row budget. */
export class TraceRecorder {
  windowEndMs = Infinity;
  private nSeg = 0;
  private nEnd = 0;
  private nMark = 0;
  private nEnv = 0;
  private s = {
    t0: new Float64Array(1024),
    init: new Float32Array(1024),
    run: new Float32Array(1024),
    billed: new Int32Array(1024),
    env: new Int32Array(1024),
    req: new Int32Array(1024),
    attempt: new Uint16Array(1024),
    fn: new Uint8Array(1024),
    status: new Uint8Array(1024),
    flags: new Uint8Array(1024),
    source: new Uint8Array(1024),
  };
  private ends = new Int32Array(1024);
  private m = {
    t: new Float64Array(256),
    req: new Int32Array(256),
    attempt: new Uint16Array(256),
    fn: new Uint8Array(256),
    kind: new Uint8Array(256),
    code: new Uint8Array(256),
    source: new Uint8Array(256),
  };
  private e = { fn: new Int32Array(256), provisioned: new Uint8Array(256), createdMs: new Float64Array(256) };

  constructor(private readonly maxRows: number) {}

  /** Closes the window at t when the budget is spent; true when a row at t may be recorded. */
  private room(t: number): boolean {
    if (t >= this.windowEndMs) return false;
    if (this.nSeg + this.nMark < this.maxRows) return true;
    this.windowEndMs = t;
    return false;
  }

  /** Records an invocation that starts at t0; returns its segment number (-1 outside the window). */
  segment(
    t0: number,
    fn: number,
    env: number,
    req: number,
    attempt: number,
    init: number,
    run: number,
    billed: number,
    status: number,
    flags: number,
    source: number,
  ): number {
    if (!this.room(t0)) return -1;
    const s = this.s;
    const i = this.nSeg++;
    if (i === s.t0.length) {
      const n = i * 2;
      for (const k of Object.keys(s) as (keyof typeof s)[]) (s[k] as Col) = grow(s[k], n);
    }
    s.t0[i] = t0;
    s.init[i] = init;
    s.run[i] = run;
    s.billed[i] = billed;
    s.env[i] = env;
    s.req[i] = req;
    s.attempt[i] = Math.min(attempt, 65535);
    s.fn[i] = fn;
    s.status[i] = status;
    s.flags[i] = flags;
    s.source[i] = source;
    return i;
  }

  /** Notes that segment `seg` ended (ends arrive in time order). */
  ended(seg: number): void {
    if (seg < 0) return;
    if (this.nEnd === this.ends.length) this.ends = grow(this.ends, this.nEnd * 2);
    this.ends[this.nEnd++] = seg;
  }

  /** Records a mark at t. */
  mark(t: number, fn: number, kind: MarkKind, req: number, attempt: number, code: number, source: number): void {
    if (!this.room(t)) return;
    const m = this.m;
    const i = this.nMark++;
    if (i === m.t.length) {
      const n = i * 2;
      for (const k of Object.keys(m) as (keyof typeof m)[]) (m[k] as Col) = grow(m[k], n);
    }
    m.t[i] = t;
    m.req[i] = req;
    m.attempt[i] = Math.max(0, Math.min(attempt, 65535));
    m.fn[i] = fn;
    m.kind[i] = kind;
    m.code[i] = code;
    m.source[i] = source;
  }

  /** Records a new execution environment of function `fn`. */
  env(id: number, fn: number, provisioned: boolean, t: number): void {
    const e = this.e;
    if (id >= e.fn.length) {
      const n = Math.max(id + 1, e.fn.length * 2);
      e.fn = grow(e.fn, n);
      e.provisioned = grow(e.provisioned, n);
      e.createdMs = grow(e.createdMs, n);
    }
    e.fn[id] = fn;
    e.provisioned[id] = provisioned ? 1 : 0;
    e.createdMs[id] = t;
    if (id >= this.nEnv) this.nEnv = id + 1;
  }

  /**
   * The finished record, with columns cut to size. Views, not copies: copying a million-row run's
   * columns again cost as much as recording them; each column still has a buffer of its own, so
   * the record stays transferable (the unused tail travels along, untouched).
   */
  finish(): RunTrace {
    const cut = <T extends Col>(a: T, n: number) => a.subarray(0, n) as T;
    const s = this.s,
      m = this.m,
      e = this.e,
      n = this.nSeg,
      k = this.nMark;
    return {
      complete: this.windowEndMs === Infinity,
      windowEndMs: this.windowEndMs,
      segments: n,
      seg: {
        t0: cut(s.t0, n),
        init: cut(s.init, n),
        run: cut(s.run, n),
        billed: cut(s.billed, n),
        env: cut(s.env, n),
        req: cut(s.req, n),
        attempt: cut(s.attempt, n),
        fn: cut(s.fn, n),
        status: cut(s.status, n),
        flags: cut(s.flags, n),
        source: cut(s.source, n),
      },
      endOrder: cut(this.ends, this.nEnd),
      marks: k,
      mark: {
        t: cut(m.t, k),
        req: cut(m.req, k),
        attempt: cut(m.attempt, k),
        fn: cut(m.fn, k),
        kind: cut(m.kind, k),
        code: cut(m.code, k),
        source: cut(m.source, k),
      },
      envs: this.nEnv,
      env: {
        fn: cut(e.fn, this.nEnv),
        provisioned: cut(e.provisioned, this.nEnv),
        createdMs: cut(e.createdMs, this.nEnv),
      },
    };
  }
}

/** Every transferable buffer of a trace (for postMessage's transfer list). */
export function traceBuffers(t: RunTrace): ArrayBuffer[] {
  const cols: Col[] = [...Object.values(t.seg), t.endOrder, ...Object.values(t.mark), ...Object.values(t.env)];
  return cols.map((c) => c.buffer as ArrayBuffer);
}
