import { z } from "zod";

/** A learner's answer to a preset question: a number, or the index of a choice. */
export const predictionAnswerSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({
      type: z.literal("number"),
      value: z.number({ error: "must be a number" }).finite().min(-1e12).max(1e12),
    }),
    z.strictObject({
      type: z.literal("choice"),
      index: z.number({ error: "must be a choice number" }).int().min(0).max(5),
    }),
  ],
  { error: 'must be {"type": "number", "value"} or {"type": "choice", "index"}' },
);

/** POST /api/sandbox/predictions: save my prediction for a preset (judged on the server). */
export const savePredictionSchema = z.strictObject({
  presetId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a preset id such as reserved-throttle"),
  answer: predictionAnswerSchema,
  idempotencyKey: z.uuid("must be a UUID"),
});

export type SavePrediction = z.infer<typeof savePredictionSchema>;
