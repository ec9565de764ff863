import type { PrismaClient } from "../platform/prisma";
import { checkLimits, clearFailures, recordFailure, type LimitCheck } from "./rate-limit";
import { findUserWithPassword, type PublicUser } from "./users";
import { verifyPassword } from "./password";
import { signInSchema } from "@/lib/validations/auth";

export type SignInPolicy = { maxFailures: number; maxIpFailures: number; windowMs: number };
export type SignInResult =
  | { ok: true; user: PublicUser }
  | { ok: false; error: "InvalidCredentials" }
  | { ok: false; error: "RateLimited"; retryAfterS: number };

const accountKey = (email: string) => `signin:account:${email}`;
const ipKey = (ip: string) => `signin:ip:${ip}`;

/** Whether a sign-in for this email from this IP may be attempted now. */
export function checkSignIn(
  db: PrismaClient,
  email: string,
  ip: string,
  now: Date,
  policy: SignInPolicy,
): Promise<LimitCheck> {
  return checkLimits(
    db,
    [
      { key: accountKey(email.trim().toLowerCase()), max: policy.maxFailures },
      { key: ipKey(ip), max: policy.maxIpFailures },
    ],
    now,
  );
}

/** Verifies credentials under the per-account and per-IP failure limits. */
export async function signInWithPassword(
  db: PrismaClient,
  raw: unknown,
  ip: string,
  now: Date,
  policy: SignInPolicy,
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "InvalidCredentials" };
  const { email, password } = parsed.data;
  const gate = await checkSignIn(db, email, ip, now, policy);
  if (!gate.allowed) return { ok: false, error: "RateLimited", retryAfterS: gate.retryAfterS };

  const user = await findUserWithPassword(db, email);
  if (!(await verifyPassword(user?.passwordHash, password)) || !user) {
    await recordFailure(db, [accountKey(email), ipKey(ip)], now, policy.windowMs);
    return { ok: false, error: "InvalidCredentials" };
  }
  await clearFailures(db, accountKey(email));
  const { passwordHash: _omit, ...publicUser } = user;
  return { ok: true, user: publicUser };
}
