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

// The /learn filters come from the URL, so anything odd (an array, a stray value, a huge string)
// falls back to "any" rather than failing the page.
const oneParam = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(200).catch("")).catch("");
const oneOf = (values: readonly string[]) =>
  oneParam.pipe(z.string().refine((v) => v === "" || values.includes(v))).catch("");

/** The /learn search parameters: search words, section, exam domain and the learner's progress ("" = any). */
export function cardFilterSchema(options: { sections: readonly string[]; domains: readonly string[] }) {
  return z.object({
    q: oneParam.default(""),
    section: oneOf(options.sections).default(""),
    domain: oneOf(options.domains).default(""),
    progress: oneOf(["not-started", "new", "learning", "mastered"]).default(""),
  });
}
