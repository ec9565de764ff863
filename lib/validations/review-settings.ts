import { z } from "zod";

const step = z
  .string()
  .regex(/^[1-9]\d*(m|h|d)$/, "each step is a whole number of minutes, hours or days, like 1m, 10m, 1h or 1d");

/** A learner's spaced-repetition settings (FSRS via ts-fsrs). */
export const reviewSettingsSchema = z.object({
  desiredRetention: z
    .number()
    .min(0.7, "desired retention must be at least 0.70")
    .max(0.97, "desired retention must be at most 0.97"),
  newPerDay: z
    .number()
    .int("new items per day must be a whole number")
    .min(0, "new items per day cannot be negative")
    .max(9999, "at most 9,999 new items per day"),
  maxIntervalDays: z
    .number()
    .int("the maximum interval is a whole number of days")
    .min(1, "the maximum interval is at least 1 day")
    .max(36500, "the maximum interval is at most 36,500 days"),
  learningSteps: z.array(step).max(10, "at most 10 learning steps"),
  relearningSteps: z.array(step).max(10, "at most 10 relearning steps"),
});

export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  desiredRetention: 0.9,
  newPerDay: 20,
  maxIntervalDays: 36500,
  learningSteps: ["1m", "10m"],
  relearningSteps: ["10m"],
};
