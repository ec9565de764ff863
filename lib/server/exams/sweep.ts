import type { PrismaClient } from "../platform/prisma";
import { GRACE_MS } from "@/lib/exam/timing";
import { finalizeIfExpired } from "./submit";

/** How often each server process looks for expired attempts: at most this late, the database says "submitted". */
export const SWEEP_EVERY_MS = 15_000;

/** How many expired attempts one sweep submits at most: a sweep is short, the next one goes on. */
export const SWEEP_BATCH = 50;

/**
 * Submits, at their deadlines, timed attempts of any learner whose time ran out: the server's
 * submission for a learner who closed the tab and never comes back. Reads also submit expired
 * attempts (finalizeExpiredFor), so the sweep only makes the database say so without a visit.
 * Safe to run in every worker at once: the submission's claim on submittedAt lets one win.
 */
export async function finalizeAllExpired(db: PrismaClient, now: Date, batch = SWEEP_BATCH): Promise<number> {
  const expired = await db.examAttempt.findMany({
    where: { submittedAt: null, deadlineAt: { lt: new Date(now.getTime() - GRACE_MS) } },
    select: { id: true, deadlineAt: true, submittedAt: true },
    orderBy: { deadlineAt: "asc" },
    take: batch,
  });
  let n = 0;
  for (const a of expired) if (await finalizeIfExpired(db, a, now)) n++;
  return n;
}

/**
 * Runs finalizeAllExpired every `everyMs` (the process's only timer for exams; it holds no state
 * and does not keep the process alive). Returns a function that stops it.
 */
export function startDeadlineSweep(db: PrismaClient, now: () => Date, everyMs: number): () => void {
  let running = false;
  const tick = async () => {
    if (running) return; // a slow sweep is never overlapped by the next
    running = true;
    try {
      await finalizeAllExpired(db, now());
    } catch (e) {
      console.error("[coldstart] exam deadline sweep failed:", e);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
