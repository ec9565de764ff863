import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The questions an exam may draw: live versions in published banks. A question row is an
 * immutable version; answers keep pointing at the exact row answered, new attempts draw only
 * live ones.
 */
export const LIVE_QUESTION = {
  retiredAt: null,
  bank: { published: true },
} satisfies Prisma.QuestionWhereInput;
