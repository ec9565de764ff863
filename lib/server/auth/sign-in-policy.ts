import { env } from "../platform/env";
import type { SignInPolicy } from "./sign-in";

/** The sign-in failure limits from the environment. */
export function signInPolicy(): SignInPolicy {
  const e = env();
  return {
    maxFailures: e.SIGNIN_MAX_FAILURES,
    maxIpFailures: e.SIGNIN_IP_MAX_FAILURES,
    windowMs: e.SIGNIN_WINDOW_MINUTES * 60_000,
  };
}
