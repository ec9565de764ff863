import { notFound } from "../platform/errors";
import type { PrismaClient } from "../platform/prisma";
import { cardProgress, type CardProgress } from "@/lib/srs/progress";
import { addMissingStates, CARD_ITEM_KINDS } from "../reviews/state";

/** Adds every live review item of the given cards to a learner's reviews (as New); returns how many were added. */
export async function addCardsToReviews(
  db: PrismaClient,
  userId: string,
  cardIds: string[],
  now: Date,
): Promise<number> {
  const cards = await db.conceptCard.findMany({
    where: { id: { in: cardIds }, retiredAt: null },
    select: { id: true },
  });
  if (cards.length !== new Set(cardIds).size) {
    const found = new Set(cards.map((c) => c.id));
    throw notFound(`Card ${cardIds.find((id) => !found.has(id))}`);
  }
  return addMissingStates(
    db,
    userId,
    { cardId: { in: cardIds }, kind: { in: [...CARD_ITEM_KINDS] }, retiredAt: null },
    now,
  );
}

/** Per-card progress for a learner: not-started / new / learning / mastered. */
export async function getCardProgress(db: PrismaClient, userId: string): Promise<Record<string, CardProgress>> {
  const [items, states] = await Promise.all([
    db.reviewItem.findMany({
      where: { cardId: { not: null }, kind: { in: [...CARD_ITEM_KINDS] }, retiredAt: null },
      select: { cardId: true },
    }),
    db.reviewState.findMany({
      where: { userId, item: { cardId: { not: null }, kind: { in: [...CARD_ITEM_KINDS] }, retiredAt: null } },
      select: { state: true, scheduledDays: true, item: { select: { cardId: true } } },
    }),
  ]);
  const itemCount = new Map<string, number>();
  for (const i of items) itemCount.set(i.cardId!, (itemCount.get(i.cardId!) ?? 0) + 1);
  const byCard = new Map<string, { state: number; scheduledDays: number }[]>();
  for (const s of states) {
    const list = byCard.get(s.item.cardId!) ?? [];
    list.push(s);
    byCard.set(s.item.cardId!, list);
  }
  const out: Record<string, CardProgress> = {};
  for (const [cardId, count] of itemCount) out[cardId] = cardProgress(byCard.get(cardId) ?? [], count);
  return out;
}
