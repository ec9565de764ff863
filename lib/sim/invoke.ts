/**
 * Running one invocation on an admitted environment: Init (cold start, 10 s limit), handler
 * time (memory-scaled), timeout/error/crash, then on completion billing, latency and release.
 */
import { billedDurationMs } from "./billing";
import { acquire, release, THROTTLE_LIMIT, THROTTLE_REASON } from "./concurrency";
import { quantize, sample } from "./distributions";
import { AWS } from "./params";
import type { EventSource, SimEvent } from "./types";
import { EV, type FnState, type World } from "./world";
import { grown } from "./typed";
import { SEG_COLD, SEG_INIT_TIMEOUT, SEG_PROVISIONED } from "./trace";

export const SRC_SYNC = 0;
export const SRC_ASYNC = 1;
export const SRC_SQS = 2;
export const SRC_STREAM = 3;
const SOURCE_NAME: EventSource[] = ["sync", "async", "sqs", "kinesis"];

export const ST_OK = 0;
export const ST_ERROR = 1;
export const ST_TIMEOUT = 2;
const STATUS_NAME = ["ok", "error", "timeout"] as const;

/** In-flight invocations, struct-of-arrays with a free list. */
export class InvTable {
  fn = new Int32Array(256);
  env = new Int32Array(256);
  src = new Int32Array(256);
  ref = new Int32Array(256);
  req = new Int32Array(256);
  attempt = new Int32Array(256);
  status = new Int32Array(256);
  cold = new Int32Array(256);
  reset = new Uint8Array(256);
  t0 = new Float64Array(256);
  init = new Float64Array(256);
  run = new Float64Array(256);
  /** Trace segment number (-1 when not traced). */
  seg = new Int32Array(256);
  private free: number[] = [];
  private count = 0;

  alloc(): number {
    const f = this.free.pop();
    if (f !== undefined) return f;
    if (this.count === this.fn.length) this.grow();
    return this.count++;
  }

  release(slot: number): void {
    this.free.push(slot);
  }

  private grow(): void {
    const n = this.fn.length * 2;
    this.fn = grown(this.fn, n);
    this.env = grown(this.env, n);
    this.src = grown(this.src, n);
    this.ref = grown(this.ref, n);
    this.req = grown(this.req, n);
    this.attempt = grown(this.attempt, n);
    this.status = grown(this.status, n);
    this.cold = grown(this.cold, n);
    this.reset = grown(this.reset, n);
    this.t0 = grown(this.t0, n);
    this.init = grown(this.init, n);
    this.run = grown(this.run, n);
    this.seg = grown(this.seg, n);
  }
}

/** Event-log source name of an invocation source code (streams pass their own). */
export function sourceName(src: number, stream?: EventSource): EventSource {
  return stream ?? (SOURCE_NAME[src] as EventSource);
}

/** Counts and logs a throttle of one request; returns the logged event (null without a log). */
export function recordThrottle(
  w: World,
  f: FnState,
  t: number,
  code: number,
  req: number,
  attempt: number,
  src: EventSource,
): SimEvent | null {
  f.throttles++;
  const s = w.sec(t);
  if (s >= 0) f.sThr[s] = (f.sThr[s] as number) + 1;
  return w.emit(t, f, req, attempt, "throttle", {
    status: "429",
    source: src,
    reason: THROTTLE_REASON[code],
    limit: THROTTLE_LIMIT[code],
  });
}

/**
 * Starts an invocation of `f` at t. On success schedules its END and returns the slot (>= 0);
 * when throttled records the throttle and returns the negative THROTTLE_* code.
 * `forceError` makes the handler fail (a poison message/record in the batch).
 */
export function startInvocation(
  w: World,
  inv: InvTable,
  f: FnState,
  t: number,
  src: number,
  ref: number,
  req: number,
  attempt: number,
  forceError: boolean,
  srcName?: EventSource,
): number {
  const s = w.sec(t);
  if (s >= 0) f.touch(s);
  const env = acquire(w, f, t);
  if (env < 0) {
    recordThrottle(w, f, t, env, req, attempt, sourceName(src, srcName));
    return env;
  }
  const envs = w.envs;
  const pcEnv = envs.provisioned[env] === 1;
  if (!pcEnv && f.pc > 0) f.spillover++;
  let initPhase = 0;
  let work = 0;
  let cold = 0;
  let initTimedOut = false;
  if (envs.needsInit[env] === 1) {
    envs.needsInit[env] = 0;
    cold = pcEnv ? 2 : 1;
    const initMs = f.init.kind === 0 ? f.init.a : sample(f.init, f.rng);
    const limit = pcEnv ? Math.max(130_000, f.timeoutMs) : AWS.initLimitMs;
    if (initMs > limit) {
      // Init timed out: it is retried inside the first invoke, under the function timeout.
      initPhase = limit;
      work = initMs;
      initTimedOut = true;
    } else initPhase = initMs;
  }
  const handler = f.dur.kind === 0 ? f.dur.a : sample(f.dur, f.rng);
  work += f.cpuFactor === 1 ? handler : quantize(handler * f.cpuFactor);
  let status = ST_OK;
  let reset = 0;
  let run = work;
  if (work > f.timeoutMs) {
    run = f.timeoutMs;
    status = ST_TIMEOUT;
    reset = 1;
  } else {
    if (f.cfg.crashRate > 0 && f.rng.next() < f.cfg.crashRate) {
      status = ST_ERROR;
      reset = 1;
    }
    if (status === ST_OK && f.cfg.errorRate > 0 && f.rng.next() < f.cfg.errorRate) status = ST_ERROR;
    if (forceError) status = ST_ERROR;
  }
  const slot = inv.alloc();
  inv.fn[slot] = f.idx;
  inv.env[slot] = env;
  inv.src[slot] = src;
  inv.ref[slot] = ref;
  inv.req[slot] = req;
  inv.attempt[slot] = attempt;
  inv.status[slot] = status;
  inv.cold[slot] = cold;
  inv.reset[slot] = reset;
  inv.t0[slot] = t;
  inv.init[slot] = initPhase;
  inv.run[slot] = run;
  inv.seg[slot] = -1;
  if (w.trace !== null) {
    const flags = (cold !== 0 ? SEG_COLD : 0) | (pcEnv ? SEG_PROVISIONED : 0) | (initTimedOut ? SEG_INIT_TIMEOUT : 0);
    const billed = billedDurationMs(run, cold !== 0 ? initPhase : 0);
    const code = src === SRC_STREAM && srcName === "dynamodb" ? 4 : src;
    inv.seg[slot] = w.trace.segment(t, f.idx, env, req, attempt, initPhase, run, billed, status, flags, code);
  }
  f.invocations++;
  f.bump(s);
  if (s >= 0) {
    f.sInv[s] = (f.sInv[s] as number) + 1;
    if (cold !== 0) f.sCold[s] = (f.sCold[s] as number) + 1;
  }
  if (cold !== 0) f.coldStarts++;
  if (w.log !== null) {
    const source = sourceName(src, srcName);
    if (cold !== 0) {
      w.emit(t, f, req, attempt, "init", {
        status: initTimedOut ? "timeout" : "ok",
        source,
        envId: env,
        initMs: round3(initPhase),
      });
    }
    w.emit(t + initPhase, f, req, attempt, "start", { source, envId: env, memoryMb: f.cfg.memoryMb });
  }
  w.heap.push(t + initPhase + run, 0, EV.END, slot);
  return slot;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Completes the invocation in `slot` at time t: counts its status, bills it (Init billed for
 * on-demand cold starts, Aug 2025 rule), records latency, logs END and frees the environment.
 * Returns the status (ST_*). The slot stays readable until the caller releases it.
 */
export function finishInvocation(w: World, inv: InvTable, f: FnState, slot: number, t: number): number {
  const status = inv.status[slot] as number;
  const cold = inv.cold[slot] as number;
  const initPhase = inv.init[slot] as number;
  const run = inv.run[slot] as number;
  const billed = billedDurationMs(run, cold !== 0 ? initPhase : 0);
  const env = inv.env[slot] as number;
  if (w.envs.provisioned[env] === 1) f.billedPcMs += billed;
  else f.billedOdMs += billed;
  const s = w.sec(t);
  if (status === ST_OK) f.succeeded++;
  else if (status === ST_ERROR) f.errors++;
  else f.timeouts++;
  if (status !== ST_OK && s >= 0) f.sErr[s] = (f.sErr[s] as number) + 1;
  f.addLatency(initPhase + run);
  if (inv.reset[slot] === 1) w.envs.needsInit[env] = 1;
  w.trace?.ended(inv.seg[slot] as number);
  f.touch(s >= 0 ? s : w.seconds - 1); // still running during this second
  release(w, f, env, t);
  if (w.log !== null) {
    const extra: Partial<SimEvent> = {
      status: STATUS_NAME[status],
      source: sourceName(inv.src[slot] as number, streamName(w, inv, slot)),
      envId: env,
      durationMs: round3(run),
      billedMs: billed,
      memoryMb: f.cfg.memoryMb,
    };
    if (cold !== 0) extra.initMs = round3(initPhase);
    w.lastEnd = w.emit(t, f, inv.req[slot] as number, inv.attempt[slot] as number, "end", extra);
  }
  return status;
}

/** Streams record their own source name ("kinesis" | "dynamodb") on the world. */
function streamName(w: World, inv: InvTable, slot: number): EventSource | undefined {
  return inv.src[slot] === SRC_STREAM ? w.streamSource(inv.ref[slot] as number) : undefined;
}
