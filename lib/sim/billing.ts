/**
 * Lambda billing (us-east-1 list prices unless overridden): requests, GB-seconds of billed
 * duration (rounded up to 1 ms, Init included for on-demand cold starts since Aug 2025) and
 * provisioned concurrency (UNV prices, billed while enabled, rounded up to 5 minutes).
 */
import { DEFAULT_PRICES, FREE_TIER } from "./params";
import type { Scenario } from "./schema";

export type Prices = { -readonly [K in keyof typeof DEFAULT_PRICES]: number };
export type Architecture = "x86_64" | "arm64";

/** Prices of a scenario: the list prices with the scenario's overrides applied. */
export function pricesFor(scenario: Scenario): Prices {
  const p: Prices = { ...DEFAULT_PRICES };
  for (const [k, v] of Object.entries(scenario.account.prices)) if (typeof v === "number") p[k as keyof Prices] = v;
  return p;
}

/** GB-seconds of `billedMs` at `memoryMb`. */
export function gbSeconds(billedMs: number, memoryMb: number): number {
  return (billedMs / 1000) * (memoryMb / 1024);
}

/** Cost of `n` requests. */
export function requestCost(n: number, prices: Prices = DEFAULT_PRICES): number {
  return (n / 1_000_000) * prices.requestsPerMillion;
}

/** Cost of on-demand billed duration. */
export function durationCost(
  billedMs: number,
  memoryMb: number,
  arch: Architecture,
  prices: Prices = DEFAULT_PRICES,
): number {
  return gbSeconds(billedMs, memoryMb) * (arch === "arm64" ? prices.armGbSecond : prices.x86GbSecond);
}

/** Cost of billed duration that ran on provisioned environments (lower per-GB-s rate). */
export function provisionedDurationCost(
  billedMs: number,
  memoryMb: number,
  arch: Architecture,
  prices: Prices = DEFAULT_PRICES,
): number {
  return (
    gbSeconds(billedMs, memoryMb) * (arch === "arm64" ? prices.pcDurationArmGbSecond : prices.pcDurationX86GbSecond)
  );
}

/** Cost of keeping `pc` environments provisioned for `enabledMs` (rounded up to 5 minutes). */
export function provisionedCost(
  pc: number,
  memoryMb: number,
  enabledMs: number,
  arch: Architecture,
  prices: Prices = DEFAULT_PRICES,
): number {
  if (pc === 0) return 0;
  const billed = Math.ceil(enabledMs / 300_000) * 300_000;
  return pc * gbSeconds(billed, memoryMb) * (arch === "arm64" ? prices.pcArmGbSecond : prices.pcX86GbSecond);
}

/** Billed duration of one call: Init (if billed) plus handler time, rounded up to 1 ms. */
export function billedDurationMs(handlerMs: number, initMs = 0): number {
  // Integer microseconds, so 800 ms + 200 ms bills exactly 1,000 ms; rounded up to the next
  // millisecond, and every invocation bills at least 1 ms.
  return Math.max(1, Math.ceil((Math.round(handlerMs * 1000) + Math.round(initMs * 1000)) / 1000));
}

/** Rounds a dollar figure to 1e-10 so outputs carry no floating-point noise. */
export function roundUsd(x: number): number {
  return Math.round(x * 1e10) / 1e10;
}

export interface MonthlyInput {
  invocations: number;
  durationMs: number;
  memoryMb: number;
  architecture: Architecture;
  /** Apply the monthly free tier (1M requests, 400,000 GB-s). Scenario runs never do. */
  freeTier: boolean;
}

export interface MonthlyEstimate {
  gbSeconds: number;
  billableGbSeconds: number;
  computeUsd: number;
  requestsUsd: number;
  totalUsd: number;
}

/** Monthly bill for a steady workload (the worked example B7). */
export function monthlyEstimate(m: MonthlyInput, prices: Prices = DEFAULT_PRICES): MonthlyEstimate {
  const gbs = m.invocations * gbSeconds(billedDurationMs(m.durationMs), m.memoryMb);
  const billableGbs = m.freeTier ? Math.max(0, gbs - FREE_TIER.gbSeconds) : gbs;
  const billableReq = m.freeTier ? Math.max(0, m.invocations - FREE_TIER.requests) : m.invocations;
  const rate = m.architecture === "arm64" ? prices.armGbSecond : prices.x86GbSecond;
  const computeUsd = billableGbs * rate;
  const requestsUsd = requestCost(billableReq, prices);
  return {
    gbSeconds: gbs,
    billableGbSeconds: billableGbs,
    computeUsd,
    requestsUsd,
    totalUsd: computeUsd + requestsUsd,
  };
}
