import type { PrismaClient } from "../platform/prisma";
import { CARD_ITEM_KINDS } from "../reviews/state";
import { addCardsToReviews } from "./cards";

/** How much of the Lambda deck (every live concept card's review items) a learner has in their reviews. */
export type LambdaDeck = { cards: number; items: number; inReviews: number };

const deckItems = { cardId: { not: null }, kind: { in: [...CARD_ITEM_KINDS] }, retiredAt: null };

/** The Lambda deck's size and how many of its items the learner has added. */
export async function getLambdaDeck(db: PrismaClient, userId: string): Promise<LambdaDeck> {
  const [cards, items, inReviews] = await Promise.all([
    db.conceptCard.count({ where: { retiredAt: null } }),
    db.reviewItem.count({ where: deckItems }),
    db.reviewState.count({ where: { userId, item: deckItems } }),
  ]);
  return { cards, items, inReviews };
}

/**
 * The deck to offer a learner whose reviews are still empty (a new student's first visit to /review
 * or the dashboard); null once they have anything to review or when there is no deck to add.
 */
export async function getStarterDeck(db: PrismaClient, userId: string): Promise<LambdaDeck | null> {
  if (await db.reviewState.findFirst({ where: { userId }, select: { itemId: true } })) return null;
  const deck = await getLambdaDeck(db, userId);
  return deck.items > 0 ? deck : null;
}

/**
 * Adds the whole Lambda deck to a learner's reviews (as New, due now): every concept card in the
 * catalog is about Lambda. Idempotent: items already there are kept as they are; returns how many
 * were added and the deck as it now stands.
 */
export async function addLambdaDeck(
  db: PrismaClient,
  userId: string,
  now: Date,
): Promise<{ added: number; deck: LambdaDeck }> {
  const cards = await db.conceptCard.findMany({ where: { retiredAt: null }, select: { id: true } });
  const added = cards.length
    ? await addCardsToReviews(
        db,
        userId,
        cards.map((c) => c.id),
        now,
      )
    : 0;
  return { added, deck: await getLambdaDeck(db, userId) };
}
