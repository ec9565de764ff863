import { z } from "zod";
import { DOMAINS } from "@/lib/content/schema";
import { normalizeQuestion, normalizeWeights, type DraftQuestion } from "./question";
import { questionProblems } from "./rules";

/**
 * The app's own bank format (JSON): the seed banks in content/banks/ and the full-fidelity export
 * and import. Two levels: `exchange*` is what any export of a bank satisfies (a question imported
 * from GIFT may have no domain or explanation yet); `bankFileSchema` adds what a seed bank must
 * meet (stable slug ids, a domain, an explanation, and the SAP-C02 format rules as errors).
 */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lowercase slug");

/** A link to one misconception pair of a concept card: "<cardId>#<pairId>". */
export const misconceptionRefSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*#[a-z0-9]+(-[a-z0-9]+)*$/, 'must be "<card id>#<pair id>"');

export const bankOptionSchema = z.strictObject({
  text: z.string().trim().min(1, "must not be empty"),
  correct: z.boolean(),
  /** Moodle's answer weight in percent; derived from `correct` when absent. */
  weight: z.number().min(-100).max(100).optional(),
  feedback: z.string().trim().default(""),
  /** For a distractor that embodies a card's misconception. */
  misconception: misconceptionRefSchema.optional(),
});

export const exchangeQuestionSchema = z.strictObject({
  id: z.string().trim().min(1).max(100).optional(),
  title: z.string().trim().max(200).optional(),
  type: z.enum(["single", "multiple"]),
  domain: z.enum(DOMAINS).optional(),
  topic: z.string().trim().max(200).optional(),
  category: z.string().trim().max(300).optional(),
  cardId: z.string().max(100).optional(),
  stem: z.string().trim().min(1, "must not be empty"),
  options: z.array(bankOptionSchema).min(2, "needs at least two options"),
  explanation: z.string().trim().default(""),
  references: z.array(z.url({ protocol: /^https$/ })).default([]),
  tags: z.array(z.string().trim().min(1).max(100)).default([]),
});

export const exchangeBankSchema = z.strictObject({
  id: slug.optional(),
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(5000).default(""),
  questions: z.array(exchangeQuestionSchema),
});

export type ExchangeBank = z.infer<typeof exchangeBankSchema>;
export type ExchangeQuestion = z.infer<typeof exchangeQuestionSchema>;

/** A JSON question as a draft; weights left out of the file follow the correct flags. */
export function draftFromExchange(q: ExchangeQuestion): DraftQuestion {
  const draft = normalizeQuestion({
    externalId: q.id ?? null,
    title: q.title ?? null,
    type: q.type,
    stem: q.stem,
    options: q.options.map((o) => ({
      text: o.text,
      correct: o.correct,
      weight: o.weight ?? 0,
      feedback: o.feedback,
      misconception: o.misconception ?? null,
    })),
    explanation: q.explanation,
    domain: q.domain ?? null,
    topic: q.topic ?? null,
    category: q.category ?? null,
    cardId: q.cardId ?? null,
    tags: q.tags,
    references: q.references,
  });
  return q.options.every((o) => o.weight !== undefined) ? draft : normalizeWeights(draft);
}

/** A draft as a JSON question (the inverse of draftFromExchange). */
export function exchangeFromDraft(q: DraftQuestion): ExchangeQuestion {
  return {
    ...(q.externalId ? { id: q.externalId } : {}),
    ...(q.title ? { title: q.title } : {}),
    type: q.type,
    ...(q.domain ? { domain: q.domain as ExchangeQuestion["domain"] } : {}),
    ...(q.topic ? { topic: q.topic } : {}),
    ...(q.category ? { category: q.category } : {}),
    ...(q.cardId ? { cardId: q.cardId } : {}),
    stem: q.stem,
    options: q.options.map((o) => ({
      text: o.text,
      correct: o.correct,
      weight: o.weight,
      feedback: o.feedback,
      ...(o.misconception ? { misconception: o.misconception } : {}),
    })),
    explanation: q.explanation,
    references: q.references,
    tags: q.tags,
  };
}

/** "options[2].text" → ["options", 2, "text"], so rule problems land on zod paths. */
const pathOf = (p: string) => (p.match(/[^.[\]]+/g) ?? []).map((s) => (/^\d+$/.test(s) ? Number(s) : s));

export const bankQuestionSchema = exchangeQuestionSchema
  .extend({
    id: slug,
    domain: z.enum(DOMAINS),
    topic: z.string().trim().min(3).optional(),
    stem: z.string().trim().min(20, "must be at least 20 characters"),
    explanation: z.string().trim().min(20, "must explain the answer"),
  })
  .superRefine((q, ctx) => {
    for (const p of questionProblems(draftFromExchange(q)))
      ctx.addIssue({ code: "custom", path: pathOf(p.path), message: p.message });
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
