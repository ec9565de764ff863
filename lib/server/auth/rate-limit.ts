import type { PrismaClient } from "../platform/prisma";

/** A fixed-window limit: at most `max` counted attempts per `windowMs` under `key`. */
export type Limit = { key: string; max: number; windowMs: number };
export type Reservation = { ok: true; keys: string[] } | { ok: false; key: string; retryAfterS: number };

/**
 * Counts one attempt against every limit before the attempt runs, atomically: each counter moves
 * with one conditional UPDATE (or an INSERT the primary key lets only one request win), so however
 * many requests arrive together, at most `max` per window get through, on every app server. When
 * one limit is full, the counts already taken for this attempt are given back and the attempt is
 * refused. Counters live in the database (not in memory); rows of expired windows are deleted
 * whenever a new window starts.
 */
export async function reserve(db: PrismaClient, limits: Limit[], now: Date): Promise<Reservation> {
  const taken: string[] = [];
  for (const limit of limits) {
    const refused = await take(db, limit, now);
    if (refused !== null) {
      for (const key of taken) await giveBack(db, key, now);
      return { ok: false, key: limit.key, retryAfterS: refused };
    }
    taken.push(limit.key);
  }
  return { ok: true, keys: taken };
}

/** Takes one from a limit's current window; null when taken, else the seconds until the window ends. */
async function take(db: PrismaClient, { key, max, windowMs }: Limit, now: Date): Promise<number | null> {
  for (;;) {
    const counted = await db.rateLimit.updateMany({
      where: { key, resetAt: { gt: now }, count: { lt: max } },
      data: { count: { increment: 1 } },
    });
    if (counted.count === 1) return null;
    const resetAt = new Date(now.getTime() + windowMs);
    // An expired window starts over; the condition lets one of several racing requests do it.
    const restarted = await db.rateLimit.updateMany({
      where: { key, resetAt: { lte: now } },
      data: { count: 1, resetAt },
    });
    if (restarted.count === 1) return null;
    const row = await db.rateLimit.findUnique({ where: { key }, select: { resetAt: true } });
    if (row) {
      if (row.resetAt > now) return Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000));
      continue; // expired between the two updates: try again
    }
    try {
      await db.rateLimit.create({ data: { key, count: 1, resetAt }, select: { key: true } });
      await pruneExpired(db, now);
      return null;
    } catch (e) {
      if ((e as { code?: string }).code !== "P2002") throw e;
      // Another request created the row first: count against it.
    }
  }
}

/** Gives back one count of the current window (an attempt that was refused elsewhere or succeeded). */
export async function giveBack(db: PrismaClient, key: string, now: Date): Promise<void> {
  await db.rateLimit.updateMany({
    where: { key, resetAt: { gt: now }, count: { gt: 0 } },
    data: { count: { decrement: 1 } },
  });
}

/** Forgets a key's count (the account owner's own typos, after they signed in). */
export async function clearCount(db: PrismaClient, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Whether a limit is full now, without counting (the seconds until its window ends), else null. */
export async function fullFor(db: PrismaClient, { key, max }: Limit, now: Date): Promise<number | null> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || row.resetAt <= now || row.count < max) return null;
  return Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000));
}

/** Deletes the rows of windows that have ended (they would count nothing). */
export async function pruneExpired(db: PrismaClient, now: Date): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { resetAt: { lte: now } } });
  return count;
}
