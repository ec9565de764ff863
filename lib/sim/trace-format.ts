/**
 * Text of one log line of a traced run, CloudWatch style (START / END / REPORT with Duration,
 * Billed Duration, Memory Size and Init Duration), plus the lines CloudWatch would not show in
 * the function's log but a learner needs: 429 throttles, 202 accepts, retries, DLQ and
 * destination deliveries. Request ids are rebuilt from the request number, so no string is
 * stored per event.
 */
import { requestIdFor } from "./prng";
import { CONDITIONS, LIMITS, MARK, SEG_INIT_TIMEOUT, SEG_STATUS, SOURCES, type RunTrace } from "./trace";
import { LINE, lineTime, type LogIndex } from "./trace-log";

/** Line categories the log can be filtered by. */
export type LineKind = "invocation" | "throttle" | "accepted" | "retry" | "delivery" | "expired";
/** Statuses a line can be filtered by (an invocation's lines carry its final status). */
export type LineStatus = "ok" | "error" | "timeout" | "429" | "202";

export interface LogLine {
  tMs: number;
  fn: number;
  kind: LineKind;
  status: LineStatus;
  requestId: string;
  text: string;
}

const REASON: Record<string, string> = {
  account: "ConcurrentInvocationLimitExceeded (account concurrency)",
  reserved: "ReservedFunctionConcurrentInvocationLimitExceeded",
  scaling: "ConcurrentInvocationLimitExceeded (scaling rate)",
};

const ms2 = (v: number) => v.toFixed(2);

/** Category and status of line i, without building its text (used by filters). */
export function lineClass(t: RunTrace, log: LogIndex, i: number): { fn: number; kind: LineKind; status: LineStatus } {
  const k = log.kind[i] as number;
  const r = log.row[i] as number;
  if (k !== LINE.mark) {
    return { fn: t.seg.fn[r] as number, kind: "invocation", status: SEG_STATUS[t.seg.status[r] as number] ?? "ok" };
  }
  const fn = t.mark.fn[r] as number;
  switch (t.mark.kind[r]) {
    case MARK.throttle:
      return { fn, kind: "throttle", status: "429" };
    case MARK.accepted:
      return { fn, kind: "accepted", status: "202" };
    case MARK.retry:
      return { fn, kind: "retry", status: "error" };
    case MARK.eventAgeExceeded:
      return { fn, kind: "expired", status: "error" };
    default:
      return { fn, kind: "delivery", status: "error" };
  }
}

/** Builds line i of the log. `memoryMb` is per function index. */
export function formatLine(t: RunTrace, log: LogIndex, i: number, seed: number, memoryMb: readonly number[]): LogLine {
  const k = log.kind[i] as number;
  const r = log.row[i] as number;
  const cls = lineClass(t, log, i);
  const req = k === LINE.mark ? (t.mark.req[r] as number) : (t.seg.req[r] as number);
  const id = requestIdFor(seed, req);
  const base = { tMs: lineTime(t, k, r), ...cls, requestId: id };
  if (k !== LINE.mark) return { ...base, text: segmentText(t, k, r, id, memoryMb) };
  return { ...base, text: markText(t, r, id) };
}

function segmentText(t: RunTrace, k: number, r: number, id: string, memoryMb: readonly number[]): string {
  const s = t.seg;
  if (k === LINE.initStart) {
    const env = s.env[r] as number;
    const timedOut = ((s.flags[r] as number) & SEG_INIT_TIMEOUT) !== 0;
    return `INIT_START Environment: ${env}${timedOut ? " (Init exceeded 10 s; retried in the invoke)" : ""}`;
  }
  const attempt = s.attempt[r] as number;
  if (k === LINE.start) return `START RequestId: ${id} Version: $LATEST${attempt > 1 ? ` Attempt: ${attempt}` : ""}`;
  if (k === LINE.end) return `END RequestId: ${id}`;
  const status = SEG_STATUS[s.status[r] as number];
  const init = s.init[r] as number;
  const mem = memoryMb[s.fn[r] as number] ?? 0;
  let text = `REPORT RequestId: ${id} Duration: ${ms2(s.run[r] as number)} ms Billed Duration: ${s.billed[r]} ms Memory Size: ${mem} MB`;
  if (init > 0 || ((s.flags[r] as number) & 1) !== 0) text += ` Init Duration: ${ms2(init)} ms`;
  if (status !== "ok") text += ` Status: ${status}`;
  return text;
}

function markText(t: RunTrace, r: number, id: string): string {
  const m = t.mark;
  const source = SOURCES[m.source[r] as number] ?? "sync";
  const code = m.code[r] as number;
  const n = m.attempt[r] as number;
  switch (m.kind[r]) {
    case MARK.throttle:
      return `THROTTLED RequestId: ${id} 429 TooManyRequestsException Reason: ${REASON[LIMITS[code] ?? ""] ?? "throttled"} (${source})`;
    case MARK.accepted:
      return `ACCEPTED RequestId: ${id} 202 event queued for asynchronous invocation`;
    case MARK.retry:
      return `RETRY RequestId: ${id} attempt ${n} (${source})`;
    case MARK.eventAgeExceeded:
      return `EXPIRED RequestId: ${id} MaximumEventAgeInSeconds reached after ${n - 1} attempt${n === 2 ? "" : "s"}`;
    case MARK.dlq:
      return source === "sqs"
        ? `DLQ RequestId: ${id} message moved to the queue's dead-letter queue after ${n} receives`
        : `DLQ RequestId: ${id} event sent to the dead-letter queue (${CONDITIONS[code] || "RetriesExhausted"}, ${n} attempts)`;
    default:
      return `DESTINATION RequestId: ${id} on-failure record condition: ${CONDITIONS[code] || "RetriesExhausted"} approximateInvokeCount: ${n}`;
  }
}
