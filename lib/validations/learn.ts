import { z } from "zod";

const cardId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a card id such as reserved-concurrency");

/** POST /api/reviews/cards: add one or more concept cards to my reviews. */
export const addCardsSchema = z.object({
  cardIds: z.array(cardId).min(1, "name at least one card").max(200, "at most 200 cards at a time"),
});

/** POST /api/reviews/deck: add a whole deck to my reviews (one deck so far: every concept card). */
export const addDeckSchema = z.object({
  deck: z.literal("lambda", { error: 'deck must be "lambda" (the concept cards)' }),
});
