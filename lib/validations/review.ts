import { z } from "zod";

const itemId = z.string().min(1, "itemId is required").max(200, "itemId is too long");

/** POST /api/reviews/answer: the option ids the learner chose. */
export const answerSchema = z.object({
  itemId,
  answer: z.array(z.string().min(1).max(64)).min(1, "choose at least one option").max(10, "too many options"),
});

/** POST /api/reviews: record a rated review. */
export const submitReviewSchema = z.object({
  itemId,
  token: z.string().min(10, "token is required").max(2000, "token is too long"),
  rating: z.enum(["again", "hard", "good", "easy"]).optional(),
  idempotencyKey: z
    .string()
    .min(8, "idempotencyKey must be at least 8 characters")
    .max(100, "idempotencyKey is too long"),
  responseMs: z.number().int().min(0).max(86_400_000).optional(),
});

export type AnswerInput = z.infer<typeof answerSchema>;
export type SubmitReviewInput = z.infer<typeof submitReviewSchema>;
