/** Mutable state of one simulation run: functions, environments, invocations, heap and log. */
import { AWS, legacyBurstForRegion } from "./params";
import { compileDistribution, cpuScale, type Sampler } from "./distributions";
import { EnvTable, IdleDeque } from "./environments";
import { EventHeap } from "./heap";
import { Prng, requestIdFor } from "./prng";
import type { FunctionConfig, Scenario } from "./schema";
import { Gauge } from "./gauge";
import { CONDITIONS, LIMITS, MARK, SOURCES, TraceRecorder } from "./trace";
import type { Outcome, SimEvent } from "./types";

/** Per-function configuration (compiled) and counters. Plain numeric fields keep it fast. */
export class FnState {
  readonly timeoutMs: number;
  readonly rc: number; // -1 = unreserved
  readonly pc: number;
  readonly init: Sampler;
  readonly dur: Sampler;
  readonly cpuFactor: number;
  readonly rng: Prng;
  readonly odIdle = new IdleDeque();
  readonly pcIdle: number[] = [];
  pcCreated = 0;
  // concurrency
  active = 0;
  activeOd = 0;
  tokens: number = AWS.scalingBucketMax;
  tokensAt = 0;
  // totals
  requests = 0;
  invocations = 0;
  coldStarts = 0;
  succeeded = 0;
  errors = 0;
  timeouts = 0;
  throttles = 0;
  retries = 0;
  dlq = 0;
  onFailure = 0;
  eventAgeExceeded = 0;
  spillover = 0;
  peak = 0;
  billedOdMs = 0;
  billedPcMs = 0;
  dropped = 0;
  okReq = 0;
  failedReq = 0;
  throttledReq = 0;
  pendingReq = 0;
  itemsProcessed = 0;
  itemsFailed = 0;
  itemsPending = 0;
  maxIteratorAgeMs = 0;
  latencies = new Float64Array(1024);
  latN = 0;
  // per-second series
  readonly sConc: Int32Array;
  readonly sThr: Int32Array;
  readonly sCold: Int32Array;
  readonly sInv: Int32Array;
  /** Failed invocations (errors and timeouts) per second. */
  readonly sErr: Int32Array;
  /** Events waiting in Lambda's internal async queue; visible SQS messages; peak iterator age. */
  readonly asyncQueue: Gauge;
  readonly sqsBacklog: Gauge;
  readonly sIterAge: Float64Array;
  lastSec = 0;

  constructor(
    readonly idx: number,
    readonly cfg: FunctionConfig,
    seed: number,
    seconds: number,
  ) {
    this.timeoutMs = cfg.timeoutS * 1000;
    this.rc = cfg.reservedConcurrency ?? -1;
    this.pc = cfg.provisionedConcurrency;
    this.init = compileDistribution(cfg.initMs);
    this.dur = compileDistribution(cfg.durationMs);
    const ref = cfg.referenceMemoryMb ?? cfg.memoryMb;
    this.cpuFactor = cpuScale(cfg.memoryMb, ref, cfg.cpuBoundShare, cfg.cpuThreads);
    this.rng = new Prng(seed, idx + 1);
    this.sConc = new Int32Array(seconds);
    this.sThr = new Int32Array(seconds);
    this.sCold = new Int32Array(seconds);
    this.sInv = new Int32Array(seconds);
    this.sErr = new Int32Array(seconds);
    this.asyncQueue = new Gauge(seconds);
    this.sqsBacklog = new Gauge(seconds);
    this.sIterAge = new Float64Array(seconds);
  }

  /** Records one latency sample (growable typed array). */
  addLatency(ms: number): void {
    if (this.latN === this.latencies.length) {
      const next = new Float64Array(this.latencies.length * 2);
      next.set(this.latencies);
      this.latencies = next;
    }
    this.latencies[this.latN++] = ms;
  }

  /** Carries the current concurrency into every second after the last one touched, up to `sec`. */
  touch(sec: number): void {
    const conc = this.sConc;
    const a = this.active;
    if (sec > this.lastSec) {
      const last = Math.min(sec, conc.length - 1);
      for (let s = this.lastSec + 1; s <= last; s++) if ((conc[s] as number) < a) conc[s] = a;
      this.lastSec = sec;
    }
    if (sec >= 0 && sec < conc.length && (conc[sec] as number) < a) conc[sec] = a;
  }

  /** Records the concurrency right after a start in second `sec` (-1 = past the window) and the peak. */
  bump(sec: number): void {
    const a = this.active;
    if (sec >= 0 && (this.sConc[sec] as number) < a) this.sConc[sec] = a;
    if (a > this.peak) this.peak = a;
  }
}

/** Heap event types. */
export const EV = {
  END: 0,
  ASYNC_ATTEMPT: 1,
  ASYNC_EXPIRE: 2,
  SQS_ARRIVE: 3,
  SQS_VISIBLE: 4,
  SQS_SLOT_FREE: 5,
  SQS_TICK: 6,
  STREAM_POLL: 7,
} as const;

/** The run: shared tables, clock limits and the optional event log. */
export class World {
  readonly heap = new EventHeap(1024);
  readonly envs = new EnvTable();
  readonly fns: FnState[];
  readonly byName = new Map<string, FnState>();
  readonly durationMs: number;
  readonly seconds: number;
  readonly seed: number;
  readonly legacy: boolean;
  /** Unreserved pool: account limit minus reserved and (for unreserved functions) provisioned. */
  readonly unresCap: number;
  unresInUse = 0;
  acctTokens: number;
  acctTokensAt = 0;
  readonly acctTokensMax: number;
  readonly pcRate: number | null;
  reqSeq = 0;
  /** Event-source name per stream mapping (index = mapping number, low 7 bits of a stream ref). */
  readonly streamKinds: ("kinesis" | "dynamodb")[] = [];
  readonly log: SimEvent[] | null;
  /** The columnar record for the sandbox page (null unless asked for). */
  readonly trace: TraceRecorder | null;
  lastEnd: SimEvent | null = null;
  private idReq = -1;
  private idStr = "";

  constructor(
    readonly scenario: Scenario,
    withEvents: boolean,
    traceRows: number | null = null,
  ) {
    this.seed = scenario.seed;
    this.durationMs = scenario.durationMs;
    this.seconds = Math.max(1, Math.ceil(scenario.durationMs / 1000));
    this.fns = scenario.functions.map((f, i) => new FnState(i, f, scenario.seed, this.seconds));
    for (const f of this.fns) this.byName.set(f.cfg.name, f);
    const claimed = this.fns.reduce((s, f) => s + (f.rc >= 0 ? f.rc : f.pc), 0);
    this.unresCap = scenario.account.concurrencyLimit - claimed;
    this.legacy = scenario.account.scaling === "legacy";
    this.acctTokensMax = legacyBurstForRegion(scenario.account.region);
    this.acctTokens = this.acctTokensMax;
    this.pcRate = scenario.account.pcAllocationRate;
    this.log = withEvents ? [] : null;
    this.trace = traceRows === null ? null : new TraceRecorder(traceRows);
  }

  /** Second index of time t, or -1 when t is past the simulated window. */
  sec(t: number): number {
    return t < this.durationMs ? Math.floor(t / 1000) : -1;
  }

  /** Source name of a stream invocation reference. */
  streamSource(ref: number): "kinesis" | "dynamodb" {
    return this.streamKinds[ref & 127] ?? "kinesis";
  }

  /** Allocates a request number (used for deterministic request ids). */
  nextRequest(): number {
    return this.reqSeq++;
  }

  /** Appends an event to the log (no-op unless events were asked for); returns it for extras. */
  emit(
    t: number,
    f: FnState,
    req: number,
    attempt: number,
    kind: SimEvent["kind"],
    extra?: Partial<SimEvent>,
  ): SimEvent | null {
    if (this.trace !== null) this.traceMark(t, f, req, attempt, kind, extra);
    if (this.log === null) return null;
    if (req !== this.idReq) {
      this.idReq = req;
      this.idStr = requestIdFor(this.seed, req);
    }
    const e: SimEvent = {
      tMs: Math.round(t * 1000) / 1000,
      function: f.cfg.name,
      requestId: this.idStr,
      attempt,
      kind,
    };
    if (extra) Object.assign(e, extra);
    this.log.push(e);
    return e;
  }

  /** Forwards a non-invocation event to the trace (init/start/end are recorded as segments). */
  private traceMark(
    t: number,
    f: FnState,
    req: number,
    attempt: number,
    kind: SimEvent["kind"],
    extra?: Partial<SimEvent>,
  ) {
    if (kind === "init" || kind === "start" || kind === "end") return;
    const limit = extra?.limit;
    const condition = kind === "eventAgeExceeded" ? "EventAgeExceeded" : extra?.condition;
    const code = limit ? LIMITS.indexOf(limit) : condition ? CONDITIONS.indexOf(condition) : 0;
    const source = Math.max(0, SOURCES.indexOf(extra?.source ?? "sync"));
    (this.trace as TraceRecorder).mark(t, f.idx, MARK[kind], req, attempt, code, source);
  }

  /** Marks the terminal event of a request when logging. */
  mark(e: SimEvent | null, outcome: Outcome): void {
    if (e) e.outcome = outcome;
  }
}
