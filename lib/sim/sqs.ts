/**
 * SQS event source mapping: pollers (start 5, +300/min, cap 1,250 or MaximumConcurrency) take
 * batches and invoke synchronously. A failed batch reappears after the visibility timeout;
 * after maxReceiveCount receives a message moves to the queue's DLQ. With
 * ReportBatchItemFailures only the failed (poison) messages come back.
 */
import { pickMask, Prng } from "./prng";
import { SRC_SQS, ST_OK, startInvocation, type InvTable } from "./invoke";
import type { SqsTraffic } from "./schema";
import { EV, type FnState, type World } from "./world";
import { grown } from "./typed";

/** One queue + event source mapping: messages, receive counts, visible ring, batch slots. */
export class SqsMapping {
  readonly n: number;
  readonly recv: Int32Array;
  readonly poison: Uint8Array;
  private readonly ring: Int32Array;
  private head = 0;
  vCount = 0;
  inflight = 0;
  deleted = 0;
  dlqd = 0;
  tickPending = false;
  readonly cap: number;
  readonly bs: number;
  store = new Int32Array(0);
  slotLen = new Int32Array(0);
  slotT0 = new Float64Array(0);
  slotReq = new Int32Array(0);
  private freeSlots: number[] = [];
  private slots = 0;

  constructor(
    readonly idx: number,
    readonly fn: FnState,
    readonly cfg: SqsTraffic,
    seed: number,
    index: number,
  ) {
    this.n = cfg.messages;
    this.recv = new Int32Array(this.n);
    this.poison = pickMask(this.n, cfg.poisonRate, new Prng(seed, 2000 + index), cfg.poisonIndices);
    this.ring = new Int32Array(this.n);
    this.bs = cfg.batchSize;
    this.cap = Math.min(cfg.pollerMax, cfg.maximumConcurrency ?? Infinity);
    this.growSlots(16);
  }

  enqueue(id: number): void {
    this.ring[(this.head + this.vCount++) % this.n] = id;
  }

  dequeue(): number {
    const id = this.ring[this.head] as number;
    this.head = (this.head + 1) % this.n;
    this.vCount--;
    return id;
  }

  allocSlot(): number {
    const s = this.freeSlots.pop();
    if (s !== undefined) return s;
    if (this.slots === this.slotLen.length) this.growSlots(this.slots * 2);
    return this.slots++;
  }

  freeSlot(s: number): void {
    this.freeSlots.push(s);
  }

  /** Concurrent batches allowed at t: ramps from the first message, capped. */
  level(t: number): number {
    const c = this.cfg;
    return Math.min(this.cap, Math.floor(c.pollerStart + (c.pollerRampPerMinute * (t - c.atMs)) / 60_000 + 1e-9));
  }

  private growSlots(cap: number): void {
    this.store = grown(this.store, cap * this.bs);
    this.slotLen = grown(this.slotLen, cap);
    this.slotT0 = grown(this.slotT0, cap);
    this.slotReq = grown(this.slotReq, cap);
  }
}

const ref = (m: SqsMapping, slot: number) => m.idx + slot * 128;

/** All messages of the entry land in the queue at atMs. */
export function sqsArrive(w: World, inv: InvTable, m: SqsMapping, t: number): void {
  for (let i = 0; i < m.n; i++) m.enqueue(i);
  m.fn.sqsBacklog.add(w.sec(t), m.n);
  sqsDispatch(w, inv, m, t);
}

/** Starts as many batches as the poller level allows. */
export function sqsDispatch(w: World, inv: InvTable, m: SqsMapping, t: number): void {
  if (t >= w.durationMs) return;
  const f = m.fn;
  const lvl = m.level(t);
  const vis = m.cfg.visibilityTimeoutS * 1000;
  while (m.inflight < lvl && m.vCount > 0) {
    const slot = m.allocSlot();
    const k = Math.min(m.bs, m.vCount);
    let poisoned = false;
    let attempt = 0;
    for (let j = 0; j < k; j++) {
      const id = m.dequeue();
      m.store[slot * m.bs + j] = id;
      const r = (m.recv[id] as number) + 1;
      m.recv[id] = r;
      if (r > attempt) attempt = r;
      if (m.poison[id] === 1) poisoned = true;
    }
    m.slotLen[slot] = k;
    m.slotT0[slot] = t;
    f.sqsBacklog.add(w.sec(t), -k);
    f.requests++;
    const req = w.reqSeq++;
    m.slotReq[slot] = req;
    m.inflight++;
    const inv0 = startInvocation(
      w,
      inv,
      f,
      t,
      SRC_SQS,
      ref(m, slot),
      req,
      attempt,
      poisoned && !m.cfg.reportBatchItemFailures,
    );
    if (inv0 < 0) {
      // Throttled: the messages reappear after the visibility timeout; this poller backs off.
      f.throttledReq++;
      w.mark(w.log?.[w.log.length - 1] ?? null, "throttled");
      w.heap.push(t + vis, 1, EV.SQS_VISIBLE, ref(m, slot));
      w.heap.push(t + m.cfg.throttleBackoffMs, 1, EV.SQS_SLOT_FREE, m.idx);
    }
  }
  const ramp = m.cfg.pollerRampPerMinute;
  if (m.vCount > 0 && lvl < m.cap && m.inflight >= lvl && ramp > 0 && !m.tickPending) {
    m.tickPending = true;
    const at = m.cfg.atMs + ((lvl + 1 - m.cfg.pollerStart) * 60_000) / ramp;
    w.heap.push(Math.max(at, t), 1, EV.SQS_TICK, m.idx);
  }
}

/** A batch invocation ended: delete what succeeded, let the rest reappear. */
export function sqsEnd(w: World, inv: InvTable, m: SqsMapping, slot: number, status: number, t: number): void {
  const f = m.fn;
  m.inflight--;
  const base = slot * m.bs;
  const len = m.slotLen[slot] as number;
  const back = Math.max(t, (m.slotT0[slot] as number) + m.cfg.visibilityTimeoutS * 1000);
  if (status === ST_OK) {
    let kept = 0;
    if (m.cfg.reportBatchItemFailures) {
      for (let j = 0; j < len; j++) {
        const id = m.store[base + j] as number;
        if (m.poison[id] === 1) m.store[base + kept++] = id;
      }
    }
    m.deleted += len - kept;
    f.itemsProcessed += len - kept;
    f.okReq++;
    if (w.lastEnd) {
      w.lastEnd.batchSize = len;
      if (kept > 0) w.lastEnd.failedItems = kept;
    }
    w.mark(w.lastEnd, "ok");
    if (kept > 0) {
      m.slotLen[slot] = kept;
      w.heap.push(back, 1, EV.SQS_VISIBLE, ref(m, slot));
    } else m.freeSlot(slot);
  } else {
    f.failedReq++;
    if (w.lastEnd) w.lastEnd.batchSize = len;
    w.mark(w.lastEnd, "failed");
    w.heap.push(back, 1, EV.SQS_VISIBLE, ref(m, slot));
  }
  sqsDispatch(w, inv, m, t);
}

/** Messages of a failed batch become visible again, or move to the DLQ after maxReceiveCount. */
export function sqsVisible(w: World, inv: InvTable, m: SqsMapping, slot: number, t: number): void {
  const f = m.fn;
  const max = m.cfg.maxReceiveCount;
  const base = slot * m.bs;
  const len = m.slotLen[slot] as number;
  const before = m.vCount;
  for (let j = 0; j < len; j++) {
    const id = m.store[base + j] as number;
    const r = m.recv[id] as number;
    if (max !== null && r >= max) {
      m.dlqd++;
      f.dlq++;
      f.itemsFailed++;
      w.emit(t, f, m.slotReq[slot] as number, r, "dlq", { source: "sqs", messageId: `msg-${m.idx}-${id}` });
    } else m.enqueue(id);
  }
  if (m.vCount > before) f.sqsBacklog.add(w.sec(t), m.vCount - before);
  m.freeSlot(slot);
  sqsDispatch(w, inv, m, t);
}

/** Messages neither deleted nor dead-lettered when the window closed. */
export function sqsPendingItems(m: SqsMapping): number {
  return m.n - m.deleted - m.dlqd;
}
