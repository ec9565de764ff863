import type { PrismaClient } from "@/lib/generated/prisma/client";

export type Limit = { key: string; max: number };
export type LimitCheck = { allowed: true } | { allowed: false; key: string; retryAfterS: number };

/**
 * Fixed-window failure counters stored in the database (not in memory), so every app server
 * sees the same counts. Only failures are counted; a success clears the account's counter.
 */
export async function checkLimits(db: PrismaClient, limits: Limit[], now: Date): Promise<LimitCheck> {
  const rows = await db.rateLimit.findMany({ where: { key: { in: limits.map((l) => l.key) } } });
  for (const limit of limits) {
    const row = rows.find((r) => r.key === limit.key);
    if (row && row.resetAt > now && row.count >= limit.max) {
      return { allowed: false, key: limit.key, retryAfterS: Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000) };
    }
  }
  return { allowed: true };
}

/** Counts one failure against each key, starting a new window where the old one has expired. */
export async function recordFailure(db: PrismaClient, keys: string[], now: Date, windowMs: number): Promise<void> {
  const resetAt = new Date(now.getTime() + windowMs);
  await db.$transaction(async (tx) => {
    for (const key of keys) {
      const row = await tx.rateLimit.findUnique({ where: { key } });
      if (!row || row.resetAt <= now) {
        await tx.rateLimit.upsert({
          where: { key },
          create: { key, count: 1, resetAt },
          update: { count: 1, resetAt },
        });
      } else {
        await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
      }
    }
  });
}

/** Forgets the failures counted against a key (after a successful sign-in). */
export async function clearFailures(db: PrismaClient, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
