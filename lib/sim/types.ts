import type { RunTrace } from "./trace";

/** Public result types of a simulation run (the Output section of sim-scenarios.md, plus additions). */

export type EventKind =
  | "accepted" // async event queued, 202 returned to the caller (addition)
  | "init"
  | "start"
  | "end"
  | "throttle"
  | "retry"
  | "dlq"
  | "onFailure"
  | "eventAgeExceeded";

export type EventStatus = "ok" | "error" | "timeout" | "429" | "202";
export type EventSource = "sync" | "async" | "sqs" | "kinesis" | "dynamodb";
export type Outcome = "ok" | "failed" | "throttled";

/** One line of the event log; optional fields appear only where they apply. */
export interface SimEvent {
  tMs: number;
  function: string;
  requestId: string;
  attempt: number;
  kind: EventKind;
  status?: EventStatus;
  source?: EventSource;
  /** Execution environment number (per run), so a UI can show reuse. */
  envId?: number;
  /** Throttle reason (ConcurrentInvocationLimitExceeded | ReservedFunctionConcurrentInvocationLimitExceeded). */
  reason?: string;
  /** Which limit throttled: "account" | "reserved" | "scaling". */
  limit?: "account" | "reserved" | "scaling";
  initMs?: number;
  durationMs?: number;
  billedMs?: number;
  memoryMb?: number;
  /** Async destinations / stream on-failure records. */
  condition?: "RetriesExhausted" | "EventAgeExceeded" | "RecordAgeExceeded";
  approximateInvokeCount?: number;
  /** Batch details for SQS and streams. */
  batchSize?: number;
  failedItems?: number;
  messageId?: string;
  shard?: number;
  /** Stream position (record number) of the first record in the batch. */
  sequence?: number;
  /** Set on the one event where the request reached its terminal state. */
  outcome?: Outcome;
}

/** Per-function totals. */
export interface FunctionTotals {
  requests: number;
  invocations: number;
  coldStarts: number;
  succeeded: number;
  errors: number;
  timeouts: number;
  throttles: number;
  retries: number;
  dlq: number;
  onFailure: number;
  eventAgeExceeded: number;
  spillover: number;
  peakConcurrency: number;
  billedMs: number;
  costUsd: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Additions. */
  outcomes: { ok: number; failed: number; throttled: number; pending: number };
  dropped: number;
  itemsProcessed: number;
  itemsFailed: number;
  itemsPending: number;
  maxIteratorAgeMs: number;
  cost: { requestsUsd: number; durationUsd: number; provisionedUsd: number };
}

/** One sample per simulated second: peaks of levels, and counts within the second. */
export interface FunctionSeries {
  concurrency: number[];
  throttles: number[];
  coldStarts: number[];
  invocations: number[];
  /** Additions: failed invocations (errors + timeouts) that ended in the second. */
  errors: number[];
  /** Peak number of async events waiting in Lambda's internal queue (not running). */
  asyncQueue: number[];
  /** Peak number of visible messages in the function's SQS queues. */
  sqsBacklog: number[];
  /** Highest stream iterator age (ms) seen at an invocation in the second (0 = none). */
  iteratorAgeMs: number[];
}

/** Latency histogram of one function: counts[i] invocations took edgesMs[i] ≤ ms < edgesMs[i + 1]. */
export interface LatencyHistogram {
  edgesMs: number[];
  counts: number[];
}

export interface SimResult {
  functions: Record<string, FunctionTotals>;
  series: Record<string, FunctionSeries>;
  events?: SimEvent[];
  /** Only with `trace`: the columnar record and latency histograms for the sandbox page. */
  trace?: RunTrace;
  latency?: Record<string, LatencyHistogram>;
}

export interface SimOptions {
  /** Build the per-event log (slower; off by default). */
  events?: boolean;
  /** Build the columnar trace, keeping at most this many rows (invocations + marks). */
  trace?: { maxRows: number };
  /** Called now and then with the simulated time reached (progress of a long run). */
  onProgress?: (simulatedMs: number) => void;
}
