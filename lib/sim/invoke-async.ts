/**
 * Asynchronous invocations: Lambda's internal queue. The caller gets 202 at once; errors are
 * retried maxRetries times (1 min, then 2 min); throttles go back on the queue with a backoff
 * growing from 1 s to 5 min that does not use retry attempts, until the maximum event age.
 * Failed events go to the DLQ and/or the on-failure destination.
 */
import { THROTTLE_RESERVED } from "./concurrency";
import { recordThrottle, SRC_ASYNC, ST_OK, startInvocation, type InvTable } from "./invoke";
import { EV, type FnState, type World } from "./world";
import { grown } from "./typed";

type Condition = "RetriesExhausted" | "EventAgeExceeded";

/** Queued async events, struct-of-arrays. */
export class AsyncTable {
  fn = new Int32Array(256);
  req = new Int32Array(256);
  invokes = new Int32Array(256);
  throttles = new Int32Array(256);
  arrival = new Float64Array(256);
  count = 0;

  add(f: FnState, req: number, t: number): number {
    if (this.count === this.fn.length) this.grow();
    const id = this.count++;
    this.fn[id] = f.idx;
    this.req[id] = req;
    this.invokes[id] = 0;
    this.throttles[id] = 0;
    this.arrival[id] = t;
    return id;
  }

  private grow(): void {
    const n = this.fn.length * 2;
    this.fn = grown(this.fn, n);
    this.req = grown(this.req, n);
    this.invokes = grown(this.invokes, n);
    this.throttles = grown(this.throttles, n);
    this.arrival = grown(this.arrival, n);
  }
}

/** Queues `count` async events for `f` at t (202 to the caller) and tries each at once. */
export function asyncArrive(w: World, inv: InvTable, q: AsyncTable, f: FnState, t: number, count: number): void {
  for (let i = 0; i < count; i++) {
    f.requests++;
    const req = w.reqSeq++;
    const id = q.add(f, req, t);
    f.asyncQueue.add(w.sec(t), 1);
    w.emit(t, f, req, 1, "accepted", { status: "202", source: "async" });
    asyncAttempt(w, inv, q, id, t);
  }
}

/** One delivery attempt of event `id` at t: run it, or handle a throttle. */
export function asyncAttempt(w: World, inv: InvTable, q: AsyncTable, id: number, t: number): void {
  const f = w.fns[q.fn[id] as number] as FnState;
  const req = q.req[id] as number;
  const attempt = (q.invokes[id] as number) + 1;
  if (f.rc === 0) {
    // Reserved concurrency 0: straight to the DLQ / on-failure destination, no retries.
    const e = recordThrottle(w, f, t, THROTTLE_RESERVED, req, attempt, "async");
    f.asyncQueue.add(w.sec(t), -1);
    fail(w, q, f, id, t, "RetriesExhausted", e);
    return;
  }
  const logAt = w.log?.length ?? 0;
  const slot = startInvocation(w, inv, f, t, SRC_ASYNC, id, req, attempt, false);
  if (slot >= 0) {
    f.asyncQueue.add(w.sec(t), -1); // running, no longer waiting
    if (attempt > 1) {
      f.retries++;
      const e = w.emit(t, f, req, attempt, "retry", { source: "async" });
      // Log the retry before the Init/START lines of the attempt it announces.
      if (e && w.log) w.log.splice(logAt, 0, w.log.pop() as typeof e);
    }
    q.invokes[id] = attempt;
    q.throttles[id] = 0;
    return;
  }
  // Throttled: back on the queue; this does not use a retry attempt.
  const cfg = f.cfg.async;
  const n = q.throttles[id] as number;
  q.throttles[id] = n + 1;
  const delay = Math.min(cfg.throttleBackoffMaxS, cfg.throttleBackoffBaseS * 2 ** n) * 1000;
  schedule(w, q, f, id, t + delay);
}

/** Schedules the next attempt, or the expiry when it would come after the maximum event age. */
function schedule(w: World, q: AsyncTable, f: FnState, id: number, next: number): void {
  const deadline = (q.arrival[id] as number) + f.cfg.async.maxEventAgeS * 1000;
  if (next > deadline) w.heap.push(deadline, 1, EV.ASYNC_EXPIRE, id);
  else w.heap.push(next, 1, EV.ASYNC_ATTEMPT, id);
}

/** Handles the end of an async invocation with `status`. */
export function asyncEnd(w: World, q: AsyncTable, f: FnState, id: number, status: number, t: number): void {
  if (status === ST_OK) {
    f.okReq++;
    w.mark(w.lastEnd, "ok");
    return;
  }
  const invokes = q.invokes[id] as number;
  const cfg = f.cfg.async;
  if (invokes <= cfg.maxRetries) {
    f.asyncQueue.add(w.sec(t), 1); // back in the queue until the retry
    const delay = cfg.retryBaseDelayS * 2 ** (invokes - 1) * 1000;
    const deadline = (q.arrival[id] as number) + cfg.maxEventAgeS * 1000;
    if (t + delay > deadline) w.heap.push(Math.max(t, deadline), 1, EV.ASYNC_EXPIRE, id);
    else w.heap.push(t + delay, 1, EV.ASYNC_ATTEMPT, id);
    return;
  }
  fail(w, q, f, id, t, "RetriesExhausted", w.lastEnd);
}

/** The event reached its maximum age while waiting. */
export function asyncExpire(w: World, q: AsyncTable, id: number, t: number): void {
  const f = w.fns[q.fn[id] as number] as FnState;
  f.eventAgeExceeded++;
  f.asyncQueue.add(w.sec(t), -1);
  const e = w.emit(t, f, q.req[id] as number, (q.invokes[id] as number) + 1, "eventAgeExceeded", { source: "async" });
  fail(w, q, f, id, t, "EventAgeExceeded", e);
}

/** An event left on the queue when the simulated window closed. */
export function asyncPending(w: World, q: AsyncTable, id: number): void {
  const f = w.fns[q.fn[id] as number] as FnState;
  f.pendingReq++;
}

/** Sends a failed event to the DLQ and/or on-failure destination (or drops it). */
function fail(
  w: World,
  q: AsyncTable,
  f: FnState,
  id: number,
  t: number,
  condition: Condition,
  last: ReturnType<World["emit"]>,
): void {
  f.failedReq++;
  const cfg = f.cfg.async;
  const req = q.req[id] as number;
  const count = q.invokes[id] as number;
  let e = last;
  if (cfg.dlq) {
    f.dlq++;
    e = w.emit(t, f, req, count, "dlq", { source: "async", condition, approximateInvokeCount: count });
  }
  if (cfg.onFailure) {
    f.onFailure++;
    e = w.emit(t, f, req, count, "onFailure", { source: "async", condition, approximateInvokeCount: count });
  }
  if (!cfg.dlq && !cfg.onFailure) f.dropped++;
  w.mark(e, "failed");
}
