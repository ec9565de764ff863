import type { ReviewSettings } from "@/lib/validations/review-settings";
import type { StateRow } from "./mapper";
import { retrievability } from "./scheduler";

export type QueueEntry = StateRow & {
  itemId: string;
  /** Items of the same concept card (or question) share a group and are kept apart. */
  group: string;
  addedAt: Date;
  /** Stable order among new items added at the same time. */
  order: number;
};

export type QueueCounts = { learning: number; review: number; new: number };
export type Queue = { entries: QueueEntry[]; counts: QueueCounts; learnAhead: boolean };

/** Like Anki: when nothing else is left, learning steps due within this window are shown early. */
export const LEARN_AHEAD_MS = 20 * 60_000;

const LEARNING = new Set([1, 3]);

/**
 * What to review now, in order: due (re)learning items by due time, then due reviews with the
 * lowest recall probability first, then new items up to what is left of today's limit; finally
 * reordered so two items of the same card are never shown back to back where avoidable.
 */
export function buildQueue(
  entries: QueueEntry[],
  now: Date,
  settings: ReviewSettings,
  newReviewedToday: number,
): Queue {
  const t = now.getTime();
  const learning = entries.filter((e) => LEARNING.has(e.state) && e.due.getTime() <= t).sort(byDue);
  const review = entries
    .filter((e) => e.state === 2 && e.due.getTime() <= t)
    .map((e) => ({ e, r: retrievability(e, now, settings) }))
    .sort((a, b) => a.r - b.r || byDue(a.e, b.e))
    .map((x) => x.e);
  const newLimit = Math.max(0, settings.newPerDay - newReviewedToday);
  const fresh = entries
    .filter((e) => e.state === 0)
    .sort((a, b) => a.addedAt.getTime() - b.addedAt.getTime() || a.order - b.order)
    .slice(0, newLimit);

  let ordered = [...learning, ...review, ...fresh];
  let learnAhead = false;
  if (ordered.length === 0) {
    ordered = entries.filter((e) => LEARNING.has(e.state) && e.due.getTime() <= t + LEARN_AHEAD_MS).sort(byDue);
    learnAhead = ordered.length > 0;
  }
  return {
    entries: spreadGroups(ordered),
    counts: { learning: learning.length, review: review.length, new: fresh.length },
    learnAhead,
  };
}

const byDue = (a: { due: Date }, b: { due: Date }) => a.due.getTime() - b.due.getTime();

/**
 * Keeps priority order but never puts two items of one group next to each other when some
 * arrangement avoids it: at each step, the earliest item of a different group whose removal
 * still leaves an arrangement without neighbours of one group.
 */
export function spreadGroups<T extends { group: string }>(items: T[]): T[] {
  const pool = items.slice();
  const counts = new Map<string, number>();
  for (const x of pool) counts.set(x.group, (counts.get(x.group) ?? 0) + 1);
  const out: T[] = [];
  while (pool.length > 0) {
    const last = out[out.length - 1]?.group;
    let pick = pool.findIndex((x) => x.group !== last && feasibleAfter(counts, x.group, pool.length - 1));
    if (pick === -1)
      pick = Math.max(
        0,
        pool.findIndex((x) => x.group !== last),
      );
    const [chosen] = pool.splice(pick, 1) as [T];
    counts.set(chosen.group, (counts.get(chosen.group) ?? 1) - 1);
    out.push(chosen);
  }
  return out;
}

/** Whether `rest` items can follow an item of `group` with no equal neighbours (that group cannot come first). */
function feasibleAfter(counts: Map<string, number>, group: string, rest: number): boolean {
  for (const [g, c] of counts) {
    const left = g === group ? c - 1 : c;
    const limit = g === group ? Math.floor(rest / 2) : Math.ceil(rest / 2);
    if (left > limit) return false;
  }
  return true;
}
