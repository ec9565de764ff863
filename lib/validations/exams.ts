import { z } from "zod";
import { DOMAINS } from "@/lib/content/schema";

/** Longest question set any mode draws (the full exam). */
export const MAX_QUESTIONS = 75;
const count = z
  .number()
  .int("count must be a whole number")
  .min(5, "count must be at least 5")
  .max(MAX_QUESTIONS, `count must be at most ${MAX_QUESTIONS}`);

/** POST /api/exams: start an attempt in one of the four modes. */
export const startExamSchema = z.discriminatedUnion("mode", [
  z.strictObject({ mode: z.literal("TIMED"), count: count.default(MAX_QUESTIONS) }),
  z.strictObject({ mode: z.literal("PRACTICE"), count: count.default(20) }),
  z
    .strictObject({
      mode: z.literal("SECTION"),
      count: count.default(15),
      domain: z.enum(DOMAINS, "domain must be one of D1, D2, D3, D4").optional(),
      topic: z.string().trim().min(1, "topic must not be empty").max(100, "topic is too long").optional(),
    })
    .refine((v) => Boolean(v.domain) !== Boolean(v.topic), {
      message: "a section is one domain or one topic: give exactly one of them",
      path: ["domain"],
    }),
  z.strictObject({ mode: z.literal("MISSED"), count: count.default(20) }),
]);
export type StartExamInput = z.infer<typeof startExamSchema>;

const attemptId = z.string().min(1).max(64);
/** The `[attemptId]` segment of exam routes. */
export const attemptParamsSchema = z.object({ attemptId });
/** `[attemptId]/answers/[position]`: positions start at 1. */
export const answerParamsSchema = z.object({
  attemptId,
  position: z.coerce.number().int().min(1).max(MAX_QUESTIONS),
});

const optionIds = (what: string) =>
  z
    .array(z.string().min(1).max(64))
    .max(10, `${what}: at most 10 options`)
    .refine((ids) => new Set(ids).size === ids.length, `${what}: an option is listed twice`);

/**
 * PUT /api/exams/:id/answers/:position: the whole on-screen state of one question. `revision`
 * counts the learner's saves of it; the server keeps only the newest, so a replayed or delayed
 * save never overwrites a later one.
 */
export const saveAnswerSchema = z.strictObject({
  selected: optionIds("selected"),
  flagged: z.boolean(),
  struck: optionIds("struck"),
  revision: z.number().int().min(1).max(1_000_000),
});
export type SaveAnswerInput = z.infer<typeof saveAnswerSchema>;

export const REPORT_REASONS = ["wrong-key", "unclear", "outdated", "typo", "other"] as const;
export const REPORT_REASON_LABELS: Record<(typeof REPORT_REASONS)[number], string> = {
  "wrong-key": "The marked answer is wrong",
  unclear: "The question is unclear or ambiguous",
  outdated: "It is out of date with AWS today",
  typo: "A typo or formatting problem",
  other: "Something else",
};

/** POST /api/exams/:id/answers/:position/report: "Report this question". */
export const reportQuestionSchema = z
  .strictObject({
    reason: z.enum(REPORT_REASONS, "choose a reason"),
    message: z.string().trim().max(1000, "message must be at most 1000 characters").default(""),
  })
  .refine((r) => r.reason !== "other" || r.message.length >= 10, {
    message: 'describe the problem (at least 10 characters) when the reason is "Something else"',
    path: ["message"],
  });
export type ReportQuestionInput = z.infer<typeof reportQuestionSchema>;
