import type { PrismaClient } from "./prisma";
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

/** Adds items to a learner's reviews as New, due now; returns how many were added. */
export async function addNewStates(db: PrismaClient, userId: string, itemIds: string[], now: Date): Promise<number> {
  if (itemIds.length === 0) return 0;
  const fresh = newStateRow(now);
  const { count } = await db.reviewState.createMany({
    data: itemIds.map((itemId) => ({ userId, itemId, ...fresh, addedAt: now })),
  });
  return count;
}
