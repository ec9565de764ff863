import { AppError } from "../platform/errors";
import type { PrismaClient } from "../platform/prisma";
import { hashPassword } from "./password";
import { reserve, type Limit } from "./rate-limit";
import { createUser, type PublicUser } from "./users";
import type { SignUpInput } from "@/lib/validations/auth";

export type SignUpPolicy = { maxPerIp: number; windowMs: number };

/** The sign-up counter of one address: "signup:ip:<ip>". */
export const signUpLimit = (ip: string, policy: SignUpPolicy): Limit => ({
  key: `signup:ip:${ip}`,
  max: policy.maxPerIp,
  windowMs: policy.windowMs,
});

/**
 * Creates a student account, counting the attempt against the address's sign-up limit first, so
 * a refused request costs no password hash (argon2 is the expensive part). Every attempt that
 * reaches this point counts, including one refused for a taken email (that answer says an account
 * exists, which is worth limiting too).
 */
export async function signUp(
  db: PrismaClient,
  input: SignUpInput,
  ip: string,
  now: Date,
  policy: SignUpPolicy,
  hash: typeof hashPassword = hashPassword,
): Promise<PublicUser> {
  const gate = await reserve(db, [signUpLimit(ip, policy)], now);
  if (!gate.ok) {
    const minutes = Math.ceil(gate.retryAfterS / 60);
    throw new AppError(
      429,
      `Too many accounts were created from your network. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      undefined,
      { "Retry-After": String(gate.retryAfterS) },
    );
  }
  return createUser(db, input, "STUDENT", hash);
}
