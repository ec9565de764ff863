import type { Prisma } from "@/lib/generated/prisma/client";
import { LIVE } from "../banks/question-versions";

/**
 * The questions an exam may draw: the live version of each question (not retired, not superseded
 * by an edit; `LIVE` in banks/question-versions.ts) in a published bank. A question row is an
 * immutable version; answers keep pointing at the exact row answered, new attempts draw only live ones.
 */
export const LIVE_QUESTION = {
  ...LIVE,
  bank: { published: true, archivedAt: null },
} satisfies Prisma.QuestionWhereInput;
