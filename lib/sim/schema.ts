/**
 * Scenario schema (zod): the one format shared by the sandbox UI, the presets, the CLI and
 * the tests. Limits are the ones AWS enforces; UNV parameters have the defaults in params.ts.
 */
import { z } from "zod";
import { AWS, UNV_DEFAULTS } from "./params";
import { PredictionSchema } from "./prediction";

/** An integer field limited to min..max with the console-style message. */
function intIn(min: number, max: number) {
  const msg = `must be ${min}..${max}`;
  return z
    .number({ error: typeError(`must be a number (${min}..${max})`) })
    .int(`must be a whole number (${min}..${max})`)
    .min(min, msg)
    .max(max, msg);
}

/** A real-number field limited to min..max. */
function numIn(min: number, max: number) {
  const msg = `must be ${min}..${max}`;
  return z
    .number({ error: typeError(`must be a number (${min}..${max})`) })
    .min(min, msg)
    .max(max, msg);
}

/** Says "is required" for a missing field and `msg` for a value of the wrong type. */
function typeError(msg: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : msg);
}

const bool = () => z.boolean({ error: typeError("must be true or false") });
const MAX_MS = 86_400_000;

const Lognormal = z
  .strictObject({ dist: z.literal("lognormal"), p50: numIn(0.001, MAX_MS), p99: numIn(0.001, MAX_MS) })
  .superRefine((d, ctx) => {
    if (d.p99 < d.p50) ctx.addIssue({ code: "custom", path: ["p99"], message: "must be >= p50" });
  });
const Uniform = z
  .strictObject({ dist: z.literal("uniform"), min: numIn(0, MAX_MS), max: numIn(0, MAX_MS) })
  .superRefine((d, ctx) => {
    if (d.max < d.min) ctx.addIssue({ code: "custom", path: ["max"], message: "must be >= min" });
  });

/** number (exact ms) | {dist: "lognormal", p50, p99} | {dist: "uniform", min, max}. */
export const DistributionSchema = z.union([numIn(0, MAX_MS), z.discriminatedUnion("dist", [Lognormal, Uniform])], {
  error: 'must be a number of ms or {"dist": "lognormal"|"uniform", ...}',
});

const AsyncSchema = z.strictObject({
  maxRetries: intIn(0, AWS.asyncMaxRetries).default(2),
  maxEventAgeS: intIn(60, AWS.asyncMaxEventAgeS).default(AWS.asyncMaxEventAgeS),
  dlq: bool().default(false),
  onFailure: bool().default(false),
  retryBaseDelayS: numIn(0, 3600).default(UNV_DEFAULTS.asyncRetryBaseDelayS),
  throttleBackoffBaseS: numIn(0.001, 3600).default(UNV_DEFAULTS.asyncThrottleBackoffBaseS),
  throttleBackoffMaxS: numIn(0.001, 3600).default(UNV_DEFAULTS.asyncThrottleBackoffMaxS),
});

/** One Lambda function: memory, timeout, concurrency settings, timings and async config. */
export const FunctionSchema = z.strictObject({
  name: z.string({ error: "must be a string" }).regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1..64 letters, digits, - or _"),
  memoryMb: intIn(128, 10240).default(128),
  timeoutS: intIn(1, 900).default(3),
  architecture: z.enum(["x86_64", "arm64"], { error: 'must be "x86_64" or "arm64"' }).default("x86_64"),
  reservedConcurrency: intIn(0, 1_000_000).nullable().default(null),
  provisionedConcurrency: intIn(0, 1_000_000).default(0),
  initMs: DistributionSchema.default(300),
  durationMs: DistributionSchema.default(100),
  /** Memory at which durationMs was measured; defaults to memoryMb (no CPU scaling). */
  referenceMemoryMb: intIn(128, 10240).optional(),
  /** Share of durationMs that is CPU-bound and scales with the vCPU share. */
  cpuBoundShare: numIn(0, 1).default(0),
  /** How many vCPUs the CPU-bound part can use (1 = single-threaded). */
  cpuThreads: intIn(1, AWS.maxVcpu).default(1),
  errorRate: numIn(0, 1).default(0),
  /** Share of invocations where the runtime process crashes (error + environment reset). */
  crashRate: numIn(0, 1).default(0),
  idleTtlMs: intIn(0, MAX_MS).default(UNV_DEFAULTS.idleTtlMs),
  async: AsyncSchema.prefault({}),
});

const Arrivals = {
  function: z.string({ error: typeError("must be a function name") }),
  burst: intIn(1, 10_000_000).optional(),
  atMs: intIn(0, MAX_MS).default(0),
  rps: numIn(0.001, 1_000_000).optional(),
  fromMs: intIn(0, MAX_MS).default(0),
  toMs: intIn(0, MAX_MS).optional(),
  arrival: z.enum(["even", "poisson"], { error: 'must be "even" or "poisson"' }).default("even"),
};

/** SQS queue + event source mapping; pollerStart/pollerRampPerMinute/pollerMax/throttleBackoffMs are UNV. */
const SqsSchema = z.strictObject({
  type: z.literal("sqs"),
  function: z.string({ error: typeError("must be a function name") }),
  messages: intIn(1, 10_000_000),
  atMs: intIn(0, MAX_MS).default(0),
  batchSize: intIn(1, 10_000).default(10),
  visibilityTimeoutS: intIn(0, 43_200).default(30),
  maxReceiveCount: intIn(1, 1000).nullable().default(null),
  reportBatchItemFailures: bool().default(false),
  maximumConcurrency: intIn(2, 1000).nullable().default(null),
  poisonRate: numIn(0, 1).default(0),
  poisonIndices: z.array(intIn(0, 10_000_000)).optional(),
  pollerStart: intIn(1, 1250).default(UNV_DEFAULTS.sqsPollerStart),
  pollerRampPerMinute: intIn(0, 10_000).default(UNV_DEFAULTS.sqsPollerRampPerMinute),
  pollerMax: intIn(1, 10_000).default(UNV_DEFAULTS.sqsPollerMax),
  throttleBackoffMs: intIn(1, 900_000).default(UNV_DEFAULTS.sqsThrottleBackoffMs),
});

/** Kinesis / DynamoDB Streams mapping (an addition to the spec format); pollIntervalMs/retryDelayMs are UNV. */
const StreamSchema = z.strictObject({
  type: z.enum(["kinesis", "dynamodb"]),
  function: z.string({ error: typeError("must be a function name") }),
  shards: intIn(1, 500).default(1),
  recordsPerSecond: numIn(0.001, 1_000_000),
  fromMs: intIn(0, MAX_MS).default(0),
  toMs: intIn(0, MAX_MS).optional(),
  batchSize: intIn(1, 10_000).default(100),
  parallelizationFactor: intIn(1, 10).default(1),
  maxRetryAttempts: intIn(-1, 10_000).default(-1),
  maxRecordAgeS: z
    .number({ error: "must be -1 or 60..604800" })
    .int("must be -1 or 60..604800")
    .refine((v) => v === -1 || (v >= 60 && v <= 604_800), "must be -1 or 60..604800")
    .default(-1),
  bisectOnError: bool().default(false),
  onFailure: bool().default(false),
  poisonRate: numIn(0, 1).default(0),
  poisonIndices: z.array(intIn(0, 10_000_000)).optional(),
  retentionHours: intIn(24, 8760).default(AWS.streamRetentionHours),
  pollIntervalMs: intIn(1, 60_000).default(UNV_DEFAULTS.streamPollIntervalMs),
  retryDelayMs: intIn(0, 900_000).default(UNV_DEFAULTS.streamRetryDelayMs),
});

const TrafficSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("sync"), ...Arrivals }),
  z.strictObject({ type: z.literal("async"), ...Arrivals }),
  SqsSchema,
  StreamSchema,
]);

const PricesSchema = z.strictObject({
  requestsPerMillion: numIn(0, 100).optional(),
  x86GbSecond: numIn(0, 1).optional(),
  armGbSecond: numIn(0, 1).optional(),
  pcX86GbSecond: numIn(0, 1).optional(),
  pcArmGbSecond: numIn(0, 1).optional(),
  pcDurationX86GbSecond: numIn(0, 1).optional(),
  pcDurationArmGbSecond: numIn(0, 1).optional(),
});

const AccountSchema = z.strictObject({
  concurrencyLimit: intIn(10, 1_000_000).default(1000),
  scaling: z.enum(["current", "legacy"], { error: 'must be "current" or "legacy"' }).default("current"),
  region: z
    .string({ error: "must be a Region name" })
    .regex(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, 'must be a Region name like "us-east-1"')
    .default("us-east-1"),
  /** Provisioned environments made ready per minute; null = all ready before traffic. */
  pcAllocationRate: numIn(0.001, 1_000_000).nullable().default(UNV_DEFAULTS.pcAllocationRate),
  prices: PricesSchema.prefault({}),
});

/** A whole scenario: seed, simulated duration, account, functions and traffic. */
export const ScenarioSchema = z.strictObject(
  {
    title: z.string({ error: "must be a string" }).optional(),
    description: z.string({ error: "must be a string" }).optional(),
    /** A preset's "predict, then run" question (ignored by the engine). */
    predict: PredictionSchema.optional(),
    seed: intIn(0, 4_294_967_295).default(1),
    durationMs: intIn(1, MAX_MS).default(60_000),
    account: AccountSchema.prefault({}),
    functions: z
      .array(FunctionSchema, { error: typeError("must be a list of functions") })
      .min(1, "needs at least one function")
      .max(50, "at most 50 functions"),
    traffic: z
      .array(TrafficSchema, { error: typeError("must be a list of traffic entries") })
      .max(100, "at most 100 entries")
      .default([]),
  },
  { error: "must be a scenario object with functions and traffic" },
);

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type FunctionConfig = Scenario["functions"][number];
export type Traffic = Scenario["traffic"][number];
export type SyncTraffic = Extract<Traffic, { type: "sync" | "async" }>;
export type SqsTraffic = Extract<Traffic, { type: "sqs" }>;
export type StreamTraffic = Extract<Traffic, { type: "kinesis" | "dynamodb" }>;
export type Distribution = z.output<typeof DistributionSchema>;
