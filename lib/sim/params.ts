/**
 * Fixed AWS rules and the defaults of the UNV (unverified) parameters.
 *
 * Fixed values come from the AWS documentation (see /work/shared/specs/lambda-semantics.md).
 * Every UNV value is exposed in the scenario schema so a learner can change it; the default
 * here is only the best public estimate. docs/simulator.md explains each one.
 */

/** Hard AWS limits and documented behaviour (not configurable). */
export const AWS = {
  /** Unreserved account concurrency that must always remain (InvalidParameterValueException). */
  unreservedMinimum: 100,
  /** Init phase limit for on-demand environments. */
  initLimitMs: 10_000,
  /** 1,769 MB buys one full vCPU; at most 6 vCPUs. */
  mbPerVcpu: 1769,
  maxVcpu: 6,
  /** Current scaling rule: +1,000 environments per 10 s per function, bucket never above 1,000. */
  scalingBucketMax: 1000,
  scalingRefillPerMs: 1000 / 10_000,
  /** Legacy rule: +500 environments per minute after the Region burst. */
  legacyRefillPerMs: 500 / 60_000,
  /** Async retries: 0..2, max event age 60..21,600 s. */
  asyncMaxRetries: 2,
  asyncMaxEventAgeS: 21_600,
  /** Streams: records are kept 24 h by default (DynamoDB Streams always 24 h). */
  streamRetentionHours: 24,
} as const;

/** Legacy account-wide burst concurrency by Region (OLD invocation-scaling.md). */
export function legacyBurstForRegion(region: string): number {
  if (region === "us-east-1" || region === "us-west-2" || region === "eu-west-1") return 3000;
  if (region === "ap-northeast-1" || region === "eu-central-1" || region === "us-east-2") return 1000;
  return 500;
}

/** Defaults of the UNV parameters, each overridable in the scenario. */
export const UNV_DEFAULTS = {
  /** account.pcAllocationRate: null = provisioned environments are ready before traffic (spec convention). */
  pcAllocationRate: null as number | null,
  /** functions[].idleTtlMs: AWS does not document how long an idle environment is kept. */
  idleTtlMs: 600_000,
  /** functions[].async.retryBaseDelayS: 1 min then 2 min (doubling), as LocalStack's LAMBDA_RETRY_BASE_DELAY_SECONDS. */
  asyncRetryBaseDelayS: 60,
  /** functions[].async.throttleBackoffBaseS / throttleBackoffMaxS: "from 1 s to 5 min", doubling assumed. */
  asyncThrottleBackoffBaseS: 1,
  asyncThrottleBackoffMaxS: 300,
  /** traffic[sqs].pollerStart / pollerRampPerMinute / pollerMax: DG services-sqs-scaling. */
  sqsPollerStart: 5,
  sqsPollerRampPerMinute: 300,
  sqsPollerMax: 1250,
  /** traffic[sqs].throttleBackoffMs: how long a throttled poller waits before polling again. */
  sqsThrottleBackoffMs: 1000,
  /** traffic[kinesis].pollIntervalMs: an idle shard is polled about once per second. */
  streamPollIntervalMs: 1000,
  /** traffic[kinesis].retryDelayMs: wait before retrying a failed or throttled batch. */
  streamRetryDelayMs: 1000,
} as const;

/** us-east-1 list prices (USD). PC prices are UNV; Arm PC prices assumed 80 % of x86 like on-demand. */
export const DEFAULT_PRICES = {
  requestsPerMillion: 0.2,
  x86GbSecond: 0.0000166667,
  armGbSecond: 0.0000133334,
  pcX86GbSecond: 0.0000041667,
  pcArmGbSecond: 0.0000033334,
  pcDurationX86GbSecond: 0.0000097222,
  pcDurationArmGbSecond: 0.0000077778,
} as const;

/** Monthly free tier (used only by the monthly estimate helper, never by a scenario run). */
export const FREE_TIER = { requests: 1_000_000, gbSeconds: 400_000 } as const;

/** Safety cap so a shared scenario cannot hang a browser tab. */
export const MAX_TOTAL_REQUESTS = 10_000_000;
