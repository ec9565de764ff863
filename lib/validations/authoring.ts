import { z } from "zod";
import { DOMAINS } from "@/lib/content/schema";
import { IMPORT_FORMATS } from "@/lib/banks/import-types";

/** Path parameters of authoring routes. */
export const bankParams = z.object({ bankId: z.string().min(1).max(100) });
export const questionParams = bankParams.extend({ lineageId: z.string().min(1).max(100) });
export const reportParams = z.object({ reportId: z.string().min(1).max(100) });

const title = z.string().trim().min(3, "must be at least 3 characters").max(200, "must be at most 200 characters");
const description = z.string().trim().max(2000, "must be at most 2,000 characters");

export const createBankSchema = z.strictObject({ title, description: description.default("") });
/** Rename, describe, publish or unpublish: any of them, at least one. */
export const updateBankSchema = z
  .strictObject({ title: title.optional(), description: description.optional(), published: z.boolean().optional() })
  .refine((v) => Object.keys(v).length > 0, "nothing to change");

const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullable()
    .transform((v) => (v === "" ? null : v));

/** A question as the editor sends it (the format rules are checked by lib/banks/rules on top). */
export const questionInputSchema = z.strictObject({
  type: z.enum(["single", "multiple"]),
  title: nullableText(200),
  stem: z.string().trim().max(20_000, "must be at most 20,000 characters"),
  options: z
    .array(
      z.strictObject({
        text: z.string().trim().max(5_000, "must be at most 5,000 characters"),
        correct: z.boolean(),
        weight: z.number().min(-100).max(100).default(0),
        feedback: z.string().trim().max(5_000, "must be at most 5,000 characters"),
        misconception: nullableText(200),
      }),
    )
    .min(2, "needs at least two options")
    .max(10, "at most 10 options"),
  explanation: z.string().trim().max(20_000, "must be at most 20,000 characters"),
  domain: z.enum(DOMAINS).nullable(),
  topic: nullableText(200),
  category: nullableText(300),
  cardId: nullableText(100),
  tags: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(60)
        .regex(/^[^<>[\]\p{Cc}]+$/u, "must not contain < > [ ] or control characters"),
    )
    .max(20, "at most 20 tags"),
  references: z
    .array(z.url({ protocol: /^https$/, error: "must be an https:// link" }))
    .max(10, "at most 10 references"),
});
export type QuestionInput = z.infer<typeof questionInputSchema>;

export const reorderSchema = z.strictObject({ order: z.array(z.string().min(1).max(100)).min(1).max(10_000) });

export const importSchema = z.strictObject({
  format: z.enum(IMPORT_FORMATS),
  text: z.string().max(8 * 1024 * 1024),
  /** Check the file and say what would happen, changing nothing. */
  dryRun: z.boolean().default(false),
});
export const IMPORT_MAX_BYTES = 8 * 1024 * 1024 + 4096;

export const EXPORT_FORMATS = ["gift", "json", "anki"] as const;
export const exportQuery = z.object({ format: z.enum(EXPORT_FORMATS) });

export const resolveReportSchema = z.strictObject({
  status: z.enum(["RESOLVED", "DISMISSED", "OPEN"]),
  note: z.string().trim().max(2000, "must be at most 2,000 characters").default(""),
});
