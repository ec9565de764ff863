/**
 * The event loop. Arrivals of sync/async traffic come from lazy generators (no heap entry per
 * request); everything else (completions, retries, SQS visibility, stream polls) is a timed event
 * in the heap. At equal times heap events go first, so an environment that finishes at the
 * millisecond a request arrives serves it. Nothing new starts at or after durationMs;
 * completions of running invocations are still processed.
 */
import { ArrivalSource } from "./arrivals";
import { AsyncTable, asyncArrive, asyncAttempt, asyncEnd, asyncExpire, asyncPending } from "./invoke-async";
import { finishInvocation, InvTable, SRC_ASYNC, SRC_SQS, SRC_STREAM, SRC_SYNC } from "./invoke";
import { syncArrive, syncEnd } from "./invoke-sync";
import { buildResult } from "./output";
import type { Scenario } from "./schema";
import { SqsMapping, sqsArrive, sqsDispatch, sqsEnd, sqsPendingItems, sqsVisible } from "./sqs";
import { StreamMapping } from "./stream-lanes";
import { streamEnd, streamFinish, streamPoll, streamStart } from "./streams";
import type { SimOptions, SimResult } from "./types";
import { EV, type FnState, World } from "./world";

/** Runs a validated scenario and returns totals, per-second series and (optionally) events. */
export function simulate(scenario: Scenario, opts: SimOptions = {}): SimResult {
  const w = new World(scenario, opts.events === true, opts.trace?.maxRows ?? null);
  const progress = opts.onProgress;
  let steps = 0;
  const inv = new InvTable();
  const q = new AsyncTable();
  const sources: ArrivalSource[] = [];
  const sqs: SqsMapping[] = [];
  const streams: StreamMapping[] = [];
  scenario.traffic.forEach((t, i) => {
    const f = w.byName.get(t.function) as FnState;
    if (t.type === "sync" || t.type === "async") {
      sources.push(new ArrivalSource(f, t.type === "async", t, w.durationMs, w.seed, i));
    } else if (t.type === "sqs") {
      const m = new SqsMapping(sqs.length, f, t, w.seed, i);
      sqs.push(m);
      if (t.atMs < w.durationMs) w.heap.push(t.atMs, 1, EV.SQS_ARRIVE, m.idx);
    } else {
      const m = new StreamMapping(streams.length, f, t, w, i);
      w.streamKinds.push(t.type);
      streams.push(m);
      streamStart(w, m);
    }
  });

  const heap = w.heap;
  const dur = w.durationMs;
  let src: ArrivalSource | null = null;
  let srcT = Infinity;
  const pick = () => {
    src = null;
    srcT = Infinity;
    for (const s of sources)
      if (s.next < srcT) {
        srcT = s.next;
        src = s;
      }
  };
  pick();

  for (;;) {
    const ht = heap.peekTime();
    if (progress !== undefined && (++steps & 0xffff) === 0) progress(Math.min(ht, srcT, dur));
    if (ht <= srcT) {
      if (ht === Infinity) break;
      heap.pop();
      const t = heap.popT,
        id = heap.popId,
        type = heap.popType;
      if (type === EV.END) {
        const f = w.fns[inv.fn[id] as number] as FnState;
        const status = finishInvocation(w, inv, f, id, t);
        const kind = inv.src[id] as number,
          ref = inv.ref[id] as number;
        inv.release(id);
        if (kind === SRC_SYNC) syncEnd(w, f, status);
        else if (kind === SRC_ASYNC) asyncEnd(w, q, f, ref, status, t);
        else if (kind === SRC_SQS) sqsEnd(w, inv, sqs[ref & 127] as SqsMapping, ref >> 7, status, t);
        else if (kind === SRC_STREAM) streamEnd(w, inv, streams[ref & 127] as StreamMapping, ref >> 7, status, t);
        continue;
      }
      if (t >= dur) {
        if (type === EV.ASYNC_ATTEMPT || type === EV.ASYNC_EXPIRE) asyncPending(w, q, id);
        continue;
      }
      switch (type) {
        case EV.ASYNC_ATTEMPT:
          asyncAttempt(w, inv, q, id, t);
          break;
        case EV.ASYNC_EXPIRE:
          asyncExpire(w, q, id, t);
          break;
        case EV.SQS_ARRIVE:
          sqsArrive(w, inv, sqs[id] as SqsMapping, t);
          break;
        case EV.SQS_VISIBLE:
          sqsVisible(w, inv, sqs[id & 127] as SqsMapping, id >> 7, t);
          break;
        case EV.SQS_SLOT_FREE: {
          const m = sqs[id] as SqsMapping;
          m.inflight--;
          sqsDispatch(w, inv, m, t);
          break;
        }
        case EV.SQS_TICK: {
          const m = sqs[id] as SqsMapping;
          m.tickPending = false;
          sqsDispatch(w, inv, m, t);
          break;
        }
        case EV.STREAM_POLL:
          streamPoll(w, inv, streams[id & 127] as StreamMapping, id >> 7, t);
          break;
      }
    } else {
      const s = src as unknown as ArrivalSource;
      if (s.isAsync) asyncArrive(w, inv, q, s.fn, srcT, s.count);
      else syncArrive(w, inv, s.fn, srcT, s.count);
      s.advance();
      if (sources.length === 1) srcT = s.next;
      else pick();
    }
  }

  for (const m of sqs) m.fn.itemsPending += m.cfg.atMs < dur ? sqsPendingItems(m) : 0;
  for (const m of streams) streamFinish(w, m);
  return buildResult(w);
}
