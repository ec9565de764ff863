/**
 * The exam clock's rules. The server stores the start and the deadline; an expired attempt is
 * submitted by the server's sweep (lib/server/exams/sweep.ts) or the next time it is read.
 */

/**
 * Saves that arrive this long after the deadline are still accepted: they were sent before it
 * (the page stops taking answers at the deadline) and were in flight. Past it the attempt is closed.
 */
export const GRACE_MS = 5_000;

type Clocked = { deadlineAt: Date | null; submittedAt: Date | null };

/** The deadline of an attempt started at `startedAt`, or null when untimed. */
export function deadlineFor(startedAt: Date, minutes: number | null): Date | null {
  return minutes === null ? null : new Date(startedAt.getTime() + minutes * 60_000);
}

/** True once a timed, unsubmitted attempt is past its deadline and grace: the server must submit it. */
export function isExpired(a: Clocked, now: Date): boolean {
  return a.submittedAt === null && a.deadlineAt !== null && now.getTime() > a.deadlineAt.getTime() + GRACE_MS;
}

export type Closed = "submitted" | "time-up";

/** Why an attempt no longer takes answers, or null while it does. */
export function closedReason(a: Clocked, now: Date): Closed | null {
  if (a.submittedAt !== null) return "submitted";
  return isExpired(a, now) ? "time-up" : null;
}

/** When an expired attempt counts as submitted: at its deadline, whenever the server noticed. */
export function autoSubmitTime(a: { deadlineAt: Date }): Date {
  return a.deadlineAt;
}

/** Milliseconds left before the deadline (never negative); null when untimed. */
export function remainingMs(a: Clocked, now: Date): number | null {
  return a.deadlineAt === null ? null : Math.max(0, a.deadlineAt.getTime() - now.getTime());
}

/** Time the learner spent: from the start to the submission, never more than the time allowed. */
export function timeUsedMs(a: { startedAt: Date; submittedAt: Date; deadlineAt: Date | null }): number {
  const end = a.deadlineAt ? Math.min(a.submittedAt.getTime(), a.deadlineAt.getTime()) : a.submittedAt.getTime();
  return Math.max(0, end - a.startedAt.getTime());
}

/** "2 h 05 min", "14 min", "45 s": a duration as the results page shows it. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

/** "2:59:58" / "4:05": a countdown as the exam page shows it. */
export function formatCountdown(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}
