import { z } from "zod";
import { DOMAINS } from "@/lib/content/schema";

const WORDS = ["", "", "TWO", "THREE", "FOUR", "FIVE"] as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lowercase slug");

/** A link to one misconception pair of a concept card: "<cardId>#<pairId>". */
export const misconceptionRefSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*#[a-z0-9]+(-[a-z0-9]+)*$/, 'must be "<card id>#<pair id>"');

export const bankOptionSchema = z.strictObject({
  text: z.string().trim().min(1, "must not be empty"),
  correct: z.boolean(),
  feedback: z.string().trim().default(""),
  /** For a distractor that embodies a card's misconception. */
  misconception: misconceptionRefSchema.optional(),
});

export const bankQuestionSchema = z
  .strictObject({
    id: slug,
    type: z.enum(["single", "multiple"]),
    domain: z.enum(DOMAINS),
    topic: z.string().trim().min(3).optional(),
    cardId: z.string().optional(),
    stem: z.string().trim().min(20, "must be at least 20 characters"),
    options: z.array(bankOptionSchema).min(2, "needs at least two options"),
    explanation: z.string().trim().min(20, "must explain the answer"),
    references: z.array(z.url({ protocol: /^https$/ })).default([]),
    tags: z.array(z.string().trim().min(1)).default([]),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (q.type === "single") {
      if (correct !== 1)
        ctx.addIssue({
          code: "custom",
          path: ["options"],
          message: `a single-answer question needs exactly 1 correct option (has ${correct})`,
        });
      if (q.options.length < 4)
        ctx.addIssue({ code: "custom", path: ["options"], message: "SAP-C02 single-answer questions have 4 options" });
    } else {
      if (correct < 2)
        ctx.addIssue({
          code: "custom",
          path: ["options"],
          message: `a multiple-response question needs at least 2 correct options (has ${correct})`,
        });
      if (q.options.length < 5)
        ctx.addIssue({
          code: "custom",
          path: ["options"],
          message: "SAP-C02 multiple-response questions have at least 5 options",
        });
      const word = WORDS[correct];
      if (word && !q.stem.includes(`(Select ${word}.)`)) {
        ctx.addIssue({
          code: "custom",
          path: ["stem"],
          message: `must end with "(Select ${word}.)" to match its ${correct} correct options`,
        });
      }
    }
    q.options.forEach((o, i) => {
      if (o.correct && o.misconception)
        ctx.addIssue({
          code: "custom",
          path: ["options", i, "misconception"],
          message: "only a wrong option can embody a misconception",
        });
    });
    const texts = q.options.map((o) => o.text.toLowerCase());
    if (new Set(texts).size !== texts.length)
      ctx.addIssue({ code: "custom", path: ["options"], message: "options must be distinct" });
  });

/** A seed question bank file (content/banks/<id>.json). */
export const bankFileSchema = z.strictObject({
  id: slug,
  title: z.string().trim().min(3),
  description: z.string().trim().default(""),
  questions: z.array(bankQuestionSchema).min(1),
});

export type BankFile = z.infer<typeof bankFileSchema>;
export type BankQuestion = z.infer<typeof bankQuestionSchema>;
