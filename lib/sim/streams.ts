/**
 * Kinesis / DynamoDB Streams event source mapping (lanes in stream-lanes.ts). Each lane has one batch
 * in flight; a failed batch is retried whole (blocking the lane) until it succeeds, runs out of
 * retries or gets too old; BisectBatchOnFunctionError splits it without using retries.
 */
import { SRC_STREAM, ST_OK, startInvocation, type InvTable } from "./invoke";
import type { StreamMapping } from "./stream-lanes";
import { EV, type World } from "./world";

const ref = (m: StreamMapping, l: number) => m.idx + l * 128;

/** Schedules the first poll of every lane when its first record arrives. */
export function streamStart(w: World, m: StreamMapping): void {
  for (let l = 0; l < m.lanes; l++) {
    if (m.laneTotal(l) > 0) w.heap.push(m.arrival(m.record(l, 0)), 1, EV.STREAM_POLL, ref(m, l));
  }
}

/** Polls lane l at t: retries its current batch or reads a new one. */
export function streamPoll(w: World, inv: InvTable, m: StreamMapping, l: number, t: number): void {
  if (m.busy[l] === 1 || t >= w.durationMs) return;
  if ((m.curA[l] as number) < 0) {
    const avail = m.arrived(l, t);
    let a = m.next[l] as number;
    // Records past retention are trimmed (lost); records past MaximumRecordAge are discarded.
    const limit = Math.min(m.retentionMs, m.maxAgeMs);
    const young = Math.min(avail, m.firstYounger(l, t, limit));
    if (young > a) {
      discard(w, m, l, t, a, young, m.maxAgeMs < m.retentionMs);
      a = young;
      m.next[l] = a;
    }
    if (a >= avail) {
      if (a < m.laneTotal(l)) {
        const tr = m.arrival(m.record(l, a));
        w.heap.push(Math.max(t + m.cfg.pollIntervalMs, tr), 1, EV.STREAM_POLL, ref(m, l));
      }
      return;
    }
    m.curA[l] = a;
    m.curB[l] = Math.min(avail, a + m.cfg.batchSize);
    m.isNew[l] = 1;
    m.retries[l] = 0;
  }
  invoke(w, inv, m, l, t);
}

function invoke(w: World, inv: InvTable, m: StreamMapping, l: number, t: number): void {
  const f = m.fn;
  const a = m.curA[l] as number,
    b = m.curB[l] as number;
  let poisoned = false;
  for (let n = a; n < b && !poisoned; n++) if (m.poison[m.record(l, n)] === 1) poisoned = true;
  if (m.isNew[l] === 1) {
    m.isNew[l] = 0;
    m.counted[l] = 1;
    f.requests++;
    m.req[l] = w.reqSeq++;
  }
  const age = t - m.arrival(m.record(l, a));
  if (age > f.maxIteratorAgeMs) f.maxIteratorAgeMs = age;
  const sec = w.sec(t);
  if (sec >= 0 && age > (f.sIterAge[sec] as number)) f.sIterAge[sec] = age;
  const attempt = (m.retries[l] as number) + 1;
  const logAt = w.log?.length ?? 0;
  const slot = startInvocation(w, inv, f, t, SRC_STREAM, ref(m, l), m.req[l] as number, attempt, poisoned, m.cfg.type);
  if (slot < 0) {
    // Throttled: try the same batch again later; throttles do not use retry attempts.
    w.heap.push(t + m.cfg.retryDelayMs, 1, EV.STREAM_POLL, ref(m, l));
    return;
  }
  m.busy[l] = 1;
  if (attempt > 1) {
    f.retries++;
    const e = w.emit(t, f, m.req[l] as number, attempt, "retry", { source: m.cfg.type, shard: shardOf(m, l) });
    if (e && w.log) w.log.splice(logAt, 0, w.log.pop() as typeof e);
  }
  if (w.log !== null) {
    for (let i = logAt; i < w.log.length; i++) {
      const e = w.log[i];
      if (e) {
        e.shard = shardOf(m, l);
        e.sequence = m.record(l, a);
        e.batchSize = b - a;
      }
    }
  }
}

const shardOf = (m: StreamMapping, l: number) => Math.floor(l / m.cfg.parallelizationFactor);

/** Records [a, b) of lane l leave without success: to the on-failure destination or lost. */
function discard(w: World, m: StreamMapping, l: number, t: number, a: number, b: number, toDestination: boolean): void {
  const f = m.fn;
  f.itemsFailed += b - a;
  if (toDestination && m.cfg.onFailure) {
    f.onFailure++;
    const req = w.reqSeq++;
    w.emit(t, f, req, 0, "onFailure", {
      source: m.cfg.type,
      condition: "RecordAgeExceeded",
      batchSize: b - a,
      shard: shardOf(m, l),
      sequence: m.record(l, a),
    });
  } else f.dropped += b - a;
}

/** A batch invocation of lane l ended with `status`. */
export function streamEnd(w: World, inv: InvTable, m: StreamMapping, l: number, status: number, t: number): void {
  const f = m.fn;
  m.busy[l] = 0;
  const a = m.curA[l] as number,
    b = m.curB[l] as number;
  const size = b - a;
  if (w.lastEnd) {
    w.lastEnd.shard = shardOf(m, l);
    w.lastEnd.sequence = m.record(l, a);
    w.lastEnd.batchSize = size;
  }
  if (status === ST_OK) {
    f.okReq++;
    f.itemsProcessed += size;
    w.mark(w.lastEnd, "ok");
    return advance(w, inv, m, l, t);
  }
  const age = t - m.arrival(m.record(l, a));
  const max = m.cfg.maxRetryAttempts;
  const tooOld = age > m.maxAgeMs || age > m.retentionMs;
  if (m.cfg.bisectOnError && size > 1 && !tooOld) {
    // Split without using a retry: first half now, second half after it.
    f.failedReq++;
    w.mark(w.lastEnd, "failed");
    const mid = a + Math.ceil(size / 2);
    (m.stack[l] as [number, number][]).push([mid, b]);
    m.curB[l] = mid;
    m.isNew[l] = 1;
    m.counted[l] = 0;
    m.retries[l] = 0;
    return streamPoll(w, inv, m, l, t);
  }
  if ((max >= 0 && (m.retries[l] as number) >= max) || tooOld) {
    f.failedReq++;
    f.itemsFailed += size;
    const count = (m.retries[l] as number) + 1;
    if (m.cfg.onFailure) {
      f.onFailure++;
      const condition = tooOld ? "RecordAgeExceeded" : "RetriesExhausted";
      const e = w.emit(t, f, m.req[l] as number, count, "onFailure", {
        source: m.cfg.type,
        condition,
        approximateInvokeCount: count,
        batchSize: size,
        shard: shardOf(m, l),
        sequence: m.record(l, a),
      });
      w.mark(e, "failed");
    } else {
      f.dropped += size;
      w.mark(w.lastEnd, "failed");
    }
    return advance(w, inv, m, l, t);
  }
  m.retries[l] = (m.retries[l] as number) + 1;
  w.heap.push(t + m.cfg.retryDelayMs, 1, EV.STREAM_POLL, ref(m, l));
}

/** Moves past the finished batch: the next bisected half, or a new checkpoint. */
function advance(w: World, inv: InvTable, m: StreamMapping, l: number, t: number): void {
  m.counted[l] = 0;
  const half = (m.stack[l] as [number, number][]).pop();
  if (half) {
    m.doneInRange[l] = (m.doneInRange[l] as number) + (m.curB[l] as number) - (m.curA[l] as number);
    m.curA[l] = half[0];
    m.curB[l] = half[1];
    m.isNew[l] = 1;
    m.retries[l] = 0;
  } else {
    m.next[l] = m.curB[l] as number;
    m.curA[l] = -1;
    m.doneInRange[l] = 0;
  }
  streamPoll(w, inv, m, l, t);
}

/** End-of-window accounting: unfinished batches, unprocessed records, iterator age. */
export function streamFinish(w: World, m: StreamMapping): void {
  const f = m.fn;
  for (let l = 0; l < m.lanes; l++) {
    if (m.counted[l] === 1) f.pendingReq++;
    const open = m.laneTotal(l) - (m.next[l] as number) - (m.doneInRange[l] as number);
    f.itemsPending += open;
    const first = (m.curA[l] as number) >= 0 ? (m.curA[l] as number) : (m.next[l] as number);
    if (first < m.arrived(l, w.durationMs - 1e-6)) {
      const age = w.durationMs - m.arrival(m.record(l, first));
      if (age > f.maxIteratorAgeMs) f.maxIteratorAgeMs = age;
    }
  }
}
