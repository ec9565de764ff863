import type { Prisma } from "@/lib/generated/prisma/client";
import type { DraftQuestion } from "@/lib/banks/question";

/** The columns a version needs to become a draft again (for the editor, exports and history). */
export const DRAFT_SELECT = {
  externalId: true,
  title: true,
  type: true,
  stem: true,
  explanation: true,
  domain: true,
  topic: true,
  category: true,
  cardId: true,
  tags: true,
  references: true,
  options: {
    select: { text: true, correct: true, weight: true, feedback: true, misconception: true },
    orderBy: { position: "asc" },
  },
} as const satisfies Prisma.QuestionSelect;

export type DraftRow = Prisma.QuestionGetPayload<{ select: typeof DRAFT_SELECT }>;

const stringList = (json: string): string[] => {
  const v = JSON.parse(json) as unknown;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
};

/** A stored version as the one in-memory question shape. */
export function draftOfRow(row: DraftRow): DraftQuestion {
  return {
    externalId: row.externalId,
    title: row.title,
    type: row.type === "SINGLE" ? "single" : "multiple",
    stem: row.stem,
    options: row.options.map((o) => ({ ...o })),
    explanation: row.explanation,
    domain: row.domain,
    topic: row.topic,
    category: row.category,
    cardId: row.cardId,
    tags: stringList(row.tags),
    references: stringList(row.references),
  };
}
