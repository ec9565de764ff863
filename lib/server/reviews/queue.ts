import type { PrismaClient } from "../platform/prisma";
import { startOfUtcDay } from "../platform/clock";
import { loadStoredItem } from "./items";
import { STATE_FIELDS } from "./state";
import { getReviewSettings } from "./settings";
import { buildQueue, type QueueCounts, type QueueEntry } from "@/lib/srs/queue";
import { present, presentationSeed, type ItemView } from "@/lib/srs/present";

export type NextReview = {
  item: ItemView | null;
  counts: QueueCounts;
  learnAhead: boolean;
  doneToday: number;
  /** When nothing is left: how many items fall due by the end of tomorrow (UTC). */
  dueTomorrow: number;
};

const stateSelect = {
  ...STATE_FIELDS,
  itemId: true,
  addedAt: true,
  item: { select: { cardId: true, questionId: true, pairIndex: true, kind: true } },
} as const;

/** The learner's live review states as queue entries. */
export async function loadQueueEntries(db: PrismaClient, userId: string): Promise<QueueEntry[]> {
  const rows = await db.reviewState.findMany({
    where: {
      userId,
      item: {
        retiredAt: null,
        // Bank questions stay in the queue only while the learner subscribes to a published bank.
        OR: [
          { questionId: null },
          { question: { retiredAt: null, bank: { published: true, subscribers: { some: { userId } } } } },
        ],
      },
    },
    select: stateSelect,
  });
  return rows.map(({ item, addedAt, itemId, ...state }) => ({
    ...state,
    itemId,
    addedAt,
    group: item.cardId ?? `q:${item.questionId}`,
    order: (item.pairIndex ?? 0) * 2 + (item.kind === "MISCONCEPTION_TF" ? 1 : 0),
  }));
}

/** Counts the new items a learner started since the start of the (UTC) day. */
export function newReviewedSince(db: PrismaClient, userId: string, since: Date): Promise<number> {
  return db.reviewLog.count({ where: { userId, state: 0, undoneAt: null, reviewedAt: { gte: since } } });
}

/** The learner's queue right now, with today's done count and tomorrow's forecast. */
export async function loadQueue(db: PrismaClient, userId: string, now: Date) {
  const dayStart = startOfUtcDay(now);
  const [entries, settings, newToday, doneToday] = await Promise.all([
    loadQueueEntries(db, userId),
    getReviewSettings(db, userId),
    newReviewedSince(db, userId, dayStart),
    db.reviewLog.count({ where: { userId, undoneAt: null, reviewedAt: { gte: dayStart } } }),
  ]);
  const endOfTomorrow = new Date(dayStart.getTime() + 2 * 86_400_000);
  return {
    entries,
    queue: buildQueue(entries, now, settings, newToday),
    doneToday,
    dueTomorrow: entries.filter((e) => e.state !== 0 && e.due < endOfTomorrow).length,
  };
}

/**
 * The next item to review (presented without its key), with the session counts. `prefer` puts
 * one item first when the learner has it (the item just undone, as Anki shows it again).
 */
export async function nextReview(db: PrismaClient, userId: string, now: Date, prefer?: string): Promise<NextReview> {
  const { entries, queue, doneToday, dueTomorrow } = await loadQueue(db, userId, now);
  const preferred = prefer ? entries.find((e) => e.itemId === prefer) : undefined;
  const order = preferred ? [preferred, ...queue.entries.filter((e) => e !== preferred)] : queue.entries;
  for (const entry of order) {
    const stored = await loadStoredItem(db, entry.itemId);
    if (!stored) continue;
    const { view } = present(stored, presentationSeed(userId, entry.itemId, entry.reps, entry.lapses));
    return { item: view, counts: queue.counts, learnAhead: queue.learnAhead, doneToday, dueTomorrow };
  }
  return { item: null, counts: queue.counts, learnAhead: false, doneToday, dueTomorrow };
}
