import crypto from "node:crypto";

let counter = 0;

/**
 * A review-log id that sorts by creation time (like the cuid Prisma generates by default: "c",
 * 8 base-36 digits of milliseconds, a per-process counter, then randomness), so "latest first"
 * orderings that break ties by id stay in creation order within a process.
 */
export function timeOrderedId(now: Date): string {
  counter = (counter + 1) % 36 ** 4;
  const time = now.getTime().toString(36).padStart(8, "0");
  const count = counter.toString(36).padStart(4, "0");
  // randomUUID draws from a pooled entropy buffer: much cheaper per call than randomBytes.
  return `c${time}${count}${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
}
