/** Synchronous invocations: run now or get a 429; Lambda never retries them. */
import { SRC_SYNC, startInvocation, type InvTable } from "./invoke";
import type { FnState, World } from "./world";

/** Handles `count` synchronous calls to `f` arriving at time t. */
export function syncArrive(w: World, inv: InvTable, f: FnState, t: number, count: number): void {
  const log = w.log !== null;
  for (let i = 0; i < count; i++) {
    f.requests++;
    const req = w.reqSeq++;
    const slot = startInvocation(w, inv, f, t, SRC_SYNC, 0, req, 1, false);
    if (slot < 0) {
      f.throttledReq++;
      if (log) w.mark(w.log?.[w.log.length - 1] ?? null, "throttled");
    }
  }
}

/** Outcome of a finished synchronous call: the caller gets the result; no retry either way. */
export function syncEnd(w: World, f: FnState, status: number): void {
  if (status === 0) f.okReq++;
  else f.failedReq++;
  w.mark(w.lastEnd, status === 0 ? "ok" : "failed");
}
