/**
 * Concurrency admission: reserved / unreserved pools, provisioned environments and the scaling
 * rate (current per-function bucket or legacy account-wide burst).
 */
import { AWS } from "./params";
import type { FnState, World } from "./world";

/** Admission results: >= 0 is an environment id; negative values are throttle causes. */
export const THROTTLE_ACCOUNT = -1;
export const THROTTLE_RESERVED = -2;
export const THROTTLE_SCALING = -3;

export const THROTTLE_REASON: Record<number, string> = {
  [THROTTLE_ACCOUNT]: "ConcurrentInvocationLimitExceeded",
  [THROTTLE_RESERVED]: "ReservedFunctionConcurrentInvocationLimitExceeded",
  [THROTTLE_SCALING]: "ConcurrentInvocationLimitExceeded",
};
export const THROTTLE_LIMIT: Record<number, "account" | "reserved" | "scaling"> = {
  [THROTTLE_ACCOUNT]: "account",
  [THROTTLE_RESERVED]: "reserved",
  [THROTTLE_SCALING]: "scaling",
};

/** Creates the provisioned environments that are ready by time t (all at once unless a rate is set). */
function allocateProvisioned(w: World, f: FnState, t: number): void {
  const ready = w.pcRate === null ? f.pc : Math.min(f.pc, Math.floor((t * w.pcRate) / 60_000 + 1e-9));
  while (f.pcCreated < ready) {
    const env = w.envs.create(true, false);
    w.trace?.env(env, f.idx, true, t);
    f.pcIdle.push(env);
    f.pcCreated++;
  }
}

/** Takes one new-environment token from the scaling bucket; false when scaling is exhausted. */
function takeScalingToken(w: World, f: FnState, t: number): boolean {
  if (w.legacy) {
    const tokens = Math.min(w.acctTokensMax, w.acctTokens + (t - w.acctTokensAt) * AWS.legacyRefillPerMs);
    w.acctTokensAt = t;
    if (tokens < 1) {
      w.acctTokens = tokens;
      return false;
    }
    w.acctTokens = tokens - 1;
    return true;
  }
  const tokens = Math.min(AWS.scalingBucketMax, f.tokens + (t - f.tokensAt) * AWS.scalingRefillPerMs);
  f.tokensAt = t;
  if (tokens < 1) {
    f.tokens = tokens;
    return false;
  }
  f.tokens = tokens - 1;
  return true;
}

/**
 * Admits one invocation of `f` at time t: a provisioned environment first, then on-demand
 * (warm if an idle environment is left, else a new one, which needs a scaling token).
 * Returns the environment id, or a negative THROTTLE_* code.
 */
export function acquire(w: World, f: FnState, t: number): number {
  if (f.rc === 0) return THROTTLE_RESERVED;
  if (f.pc > 0) {
    if (f.pcCreated < f.pc) allocateProvisioned(w, f, t);
    if (f.pcIdle.length > 0) {
      f.active++;
      return f.pcIdle.pop() as number;
    }
  }
  if (f.rc > 0) {
    if (f.activeOd >= f.rc - f.pc) return THROTTLE_RESERVED;
  } else if (w.unresInUse >= w.unresCap) {
    return THROTTLE_ACCOUNT;
  }
  const idle = f.odIdle;
  let env: number;
  if (idle.size > 0 && (idle.expire(w.envs, t, f.cfg.idleTtlMs), idle.size > 0)) {
    env = idle.popNewest();
  } else {
    if (!takeScalingToken(w, f, t)) return THROTTLE_SCALING;
    env = w.envs.create(false, true);
    w.trace?.env(env, f.idx, false, t);
  }
  f.active++;
  f.activeOd++;
  if (f.rc < 0) w.unresInUse++;
  return env;
}

/** Returns environment `env` of `f` to its idle pool at time t (reset ones keep needsInit = 1). */
export function release(w: World, f: FnState, env: number, t: number): void {
  f.active--;
  if (w.envs.provisioned[env] === 1) {
    f.pcIdle.push(env);
    return;
  }
  f.activeOd--;
  if (f.rc < 0) w.unresInUse--;
  w.envs.idleSince[env] = t;
  f.odIdle.push(env);
}
