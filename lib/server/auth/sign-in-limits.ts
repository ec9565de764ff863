import type { Limit } from "./rate-limit";

export type SignInPolicy = {
  /** Failures per account from one IP, or from one known device, per window. */
  maxFailures: number;
  /** Failures from one IP across all accounts, per window (unknown devices only). */
  maxIpFailures: number;
  /** Failures per account from all unknown devices together, per window. */
  maxAccountFailures: number;
  windowMs: number;
};

/**
 * Which counters a sign-in attempt is counted against: the lockout policy (README, Security).
 *
 * - From a browser with this account's device cookie (device-cookie.ts): only that device's own
 *   failures. Nothing done from elsewhere can lock the owner's browser out.
 * - From anywhere else: the account from this IP (an attacker at one address locks out only that
 *   address), this IP across accounts (one address spraying many accounts), and the account from
 *   all unknown devices together, set several times higher than one address's allowance, so it
 *   takes a distributed attack to reach it, and then it stops guessing from new devices while the
 *   owner's known browsers still sign in.
 *
 * Key formats: "signin:device:<id>", "signin:pair:<ip> <email>", "signin:ip:<ip>",
 * "signin:account:<email>" (emails are validated, so they hold no space).
 */
export function signInLimits(email: string, ip: string, device: string | null, policy: SignInPolicy): Limit[] {
  const { windowMs } = policy;
  if (device) return [{ key: `signin:device:${device}`, max: policy.maxFailures, windowMs }];
  return [
    { key: `signin:pair:${ip} ${email}`, max: policy.maxFailures, windowMs },
    { key: `signin:ip:${ip}`, max: policy.maxIpFailures, windowMs },
    { key: `signin:account:${email}`, max: policy.maxAccountFailures, windowMs },
  ];
}
