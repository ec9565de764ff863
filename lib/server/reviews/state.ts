import type { PrismaClient } from "../platform/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newStateRow } from "@/lib/srs/mapper";

/** The FSRS columns of a review state (what ts-fsrs's Card needs). */
export const STATE_FIELDS = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

/** The item kinds generated from concept cards (bank questions may also link a card). */
export const CARD_ITEM_KINDS = ["MISCONCEPTION_CHOICE", "MISCONCEPTION_TF"] as const;

/**
 * Adds the items matching `where` that the learner does not have yet to their reviews, as New
 * and due now; returns how many were added. Safe to repeat and to run concurrently (a second tab,
 * a double click): the insert is all-or-nothing, so when another request added some of the same
 * items first, it looks again for what is still missing.
 */
export async function addMissingStates(
  db: PrismaClient,
  userId: string,
  where: Prisma.ReviewItemWhereInput,
  now: Date,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const items = await db.reviewItem.findMany({
      where: { ...where, states: { none: { userId } } },
      select: { id: true },
    });
    if (items.length === 0) return 0;
    const fresh = newStateRow(now);
    try {
      const { count } = await db.reviewState.createMany({
        data: items.map((i) => ({ userId, itemId: i.id, ...fresh, addedAt: now })),
      });
      return count;
    } catch (e) {
      if ((e as { code?: string }).code !== "P2002" || attempt >= 3) throw e;
    }
  }
}
