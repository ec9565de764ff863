import { z } from "zod";

/** The five sections of the source notes, in reading order. */
export const SECTIONS = [
  "Key concepts",
  "Configuration and management",
  "Integrations",
  "Best practices",
  "Example architectures",
] as const;
export type Section = (typeof SECTIONS)[number];

/** SAP-C02 domain ids (see shared/specs/sap-c02-exam.md). */
export const DOMAINS = ["D1", "D2", "D3", "D4"] as const;
export type Domain = (typeof DOMAINS)[number];

export const DOMAIN_NAMES: Record<Domain, string> = {
  D1: "Design Solutions for Organizational Complexity",
  D2: "Design for New Solutions",
  D3: "Continuous Improvement for Existing Solutions",
  D4: "Accelerate Workload Migration and Modernization",
};

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lowercase slug like reserved-concurrency");

const sentence = (min: number) => z.string().trim().min(min, `must be at least ${min} characters`);

/**
 * A pair id names one misconception within its card and keys its review items, so learners'
 * history stays on the right pair when pairs are reordered, inserted or removed. It needs a letter:
 * all-digit ids would collide with the index-keyed item ids used before pair ids existed.
 */
export const pairIdSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined ? "is required: a slug naming this pair, such as pc-on-latest" : "must be a string",
  })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lowercase slug like pc-on-latest")
  .regex(/[a-z]/, "must contain a letter (digits alone were the old position keys)");

export const misconceptionSchema = z.strictObject({
  id: pairIdSchema,
  wrong: sentence(10),
  right: sentence(10),
  why: sentence(20),
});

/** Frontmatter of one concept card (content/cards/<id>.mdx). */
export const cardFrontmatterSchema = z.strictObject({
  id: slug,
  title: sentence(3),
  section: z.enum(SECTIONS),
  topic: sentence(3),
  order: z.number().int().min(0).default(0),
  domains: z.array(z.enum(DOMAINS)).min(1, "must list at least one SAP-C02 domain"),
  summary: sentence(20),
  misconceptions: z
    .array(misconceptionSchema)
    .min(1, "must have at least one misconception pair")
    .superRefine((pairs, ctx) => {
      const seen = new Set<string>();
      pairs.forEach((p, i) => {
        if (seen.has(p.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate pair id "${p.id}"` });
        seen.add(p.id);
      });
    }),
  scenario: slug.optional(),
  references: z.array(z.url({ protocol: /^https$/ })).min(1, "must cite at least one https reference"),
  related: z.array(slug).default([]),
  source: z.enum(["notes", "beyond-notes"]).default("notes"),
  changed: z
    .strictObject({ date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "must be YYYY-MM or YYYY-MM-DD"), what: sentence(10) })
    .array()
    .default([]),
});

export type CardFrontmatter = z.infer<typeof cardFrontmatterSchema>;
export type Misconception = z.infer<typeof misconceptionSchema>;

/** Minimum body length so a card teaches more than its frontmatter. */
export const MIN_BODY_CHARS = 300;
