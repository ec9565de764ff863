/**
 * "Predict, then run" questions carried by presets (the optional `predict` field). A question
 * names a figure of the result (`functions.checkout.throttles`, optionally divided by another),
 * so the answer is never stored: the engine computes it when the learner runs the scenario.
 * A number question is judged within a tolerance; a choice question has ranges, and the right
 * choice is the one whose range holds the engine's figure (the judging is in answer.ts).
 */
import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lowercase slug like reserved-concurrency");
/** `functions.<name>.<field>` or `functions.<name>.outcomes.<field>` (cost too). */
const metricPath = z
  .string({ error: "must be a result path" })
  .regex(
    /^functions\.[A-Za-z0-9_-]{1,64}\.((outcomes|cost)\.)?[A-Za-z0-9]+$/,
    'must be a path like "functions.checkout.throttles"',
  );

const Choice = z.strictObject({
  label: z.string({ error: "must be a string" }).min(1, "must not be empty"),
  min: z.number({ error: "must be a number" }).optional(),
  max: z.number({ error: "must be a number" }).optional(),
});

/** The question of a preset; `misconception` is a pair index until cards give pairs stable ids. */
export const PredictionSchema = z
  .strictObject({
    question: z.string({ error: "must be a string" }).min(10, "must be a question"),
    metric: metricPath,
    per: metricPath.optional(),
    unit: z.string().max(20).optional(),
    card: slug,
    misconception: z.union([z.number().int().min(0), slug], { error: "must be a pair index or a pair id" }),
    type: z.enum(["number", "choice"], { error: 'must be "number" or "choice"' }),
    /** Number questions: answers within this fraction of the engine's figure count as right. */
    tolerance: z.number().min(0).max(1).default(0),
    choices: z.array(Choice).min(2, "needs at least two choices").max(6).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.type === "choice" && !p.choices) ctx.addIssue({ code: "custom", path: ["choices"], message: "is required" });
    if (p.type === "number" && p.choices)
      ctx.addIssue({ code: "custom", path: ["choices"], message: "only for choices" });
  });

export type Prediction = z.output<typeof PredictionSchema>;
