import { z } from "zod";
import { DOMAINS } from "@/lib/content/schema";
import type { Blueprint } from "@/lib/exam/blueprint";
import type { AttemptScope } from "@/lib/exam/present";

const weights = z.object({ D1: z.number(), D2: z.number(), D3: z.number(), D4: z.number() });
/** ExamAttempt.blueprint: the blueprint an attempt was drawn and is scored with, and its scope. */
const storedSchema = z.object({
  count: z.number().int(),
  unscored: z.number().int(),
  minutes: z.number().nullable(),
  weights,
  passMark: z.number(),
  cutScore: z.number(),
  feedback: z.enum(["end", "each"]),
  scope: z.object({ domain: z.enum(DOMAINS).optional(), topic: z.string().optional() }).default({}),
});

export type StoredBlueprint = Blueprint & { scope: AttemptScope };

export const serializeBlueprint = (bp: Blueprint, scope: AttemptScope) => JSON.stringify({ ...bp, scope });

/** Parses a stored blueprint; a malformed one is a bug in what we wrote, so it throws. */
export function parseBlueprint(json: string): StoredBlueprint {
  return storedSchema.parse(JSON.parse(json));
}

/** ExamAnswer.selected / struck: JSON arrays of option ids (written sorted, so equal sets are equal strings). */
export const parseIds = (json: string): string[] => z.array(z.string()).parse(JSON.parse(json));
export const serializeIds = (ids: readonly string[]) => JSON.stringify([...ids].sort());
