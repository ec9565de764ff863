import type { PrismaClient } from "../platform/prisma";
import { knownDevice } from "./device-cookie";
import { verifyPassword } from "./password";
import { clearCount, giveBack, reserve } from "./rate-limit";
import { signInLimits, type SignInPolicy } from "./sign-in-limits";
import { findUserWithPassword, type PublicUser } from "./users";
import { signInSchema } from "@/lib/validations/auth";

export type { SignInPolicy } from "./sign-in-limits";
export type SignInResult =
  | { ok: true; user: PublicUser }
  | { ok: false; error: "InvalidCredentials" }
  | { ok: false; error: "RateLimited"; retryAfterS: number };

/** Who is trying: the client's address and the device cookie it sent, if any. */
export type SignInClient = { ip: string; deviceCookie: string | null };

/**
 * Verifies credentials under the lockout policy (sign-in-limits.ts). The attempt is counted
 * first, atomically, and only then is the password checked, so concurrent guesses cannot
 * overtake a limit; a successful sign-in gives its count back and forgets this client's failures.
 */
export async function signInWithPassword(
  db: PrismaClient,
  raw: unknown,
  client: SignInClient,
  now: Date,
  policy: SignInPolicy,
  secret: string,
  verify: typeof verifyPassword = verifyPassword,
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "InvalidCredentials" };
  const { email, password } = parsed.data;
  const device = knownDevice(client.deviceCookie, email, secret);
  const limits = signInLimits(email, client.ip, device, policy);
  const gate = await reserve(db, limits, now);
  if (!gate.ok) return { ok: false, error: "RateLimited", retryAfterS: gate.retryAfterS };

  const user = await findUserWithPassword(db, email);
  // Unknown accounts verify against a dummy hash, so timing does not tell them apart.
  if (!(await verify(user?.passwordHash, password)) || !user) return { ok: false, error: "InvalidCredentials" };
  const [own, ...shared] = gate.keys;
  if (own) await clearCount(db, own);
  for (const key of shared) await giveBack(db, key, now);
  const { passwordHash: _omit, ...publicUser } = user;
  return { ok: true, user: publicUser };
}
