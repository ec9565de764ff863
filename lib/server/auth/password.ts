import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum recommended cost (19 MiB, 2 passes).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// A real hash to verify against when the account does not exist, so timing does not reveal it.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$11W6jBA9tmn3ENYVURhYsA$T9T3x7h8qCAZ2D1MY5fm6laNUohbu8n99PBmu5d8MEc";

/** Verifies a password against a stored hash (or a dummy one, to keep timing uniform). */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  try {
    const ok = await verify(stored ?? DUMMY_HASH, password);
    return stored ? ok : false;
  } catch {
    return false;
  }
}
