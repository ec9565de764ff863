import type { PrismaClient } from "../platform/prisma";

export const questionItemId = (questionId: string) => `q:${questionId}`;

/** Makes sure every live question of a bank has its review item (prompt and key live on the question). */
export async function ensureQuestionItems(db: PrismaClient, bankId: string): Promise<number> {
  const missing = await db.question.findMany({
    where: { bankId, retiredAt: null, reviewItem: null },
    select: { id: true, cardId: true },
  });
  if (missing.length === 0) return 0;
  const { count } = await db.reviewItem.createMany({
    data: missing.map((q) => ({
      id: questionItemId(q.id),
      kind: "QUESTION" as const,
      questionId: q.id,
      cardId: q.cardId,
      prompt: "{}",
      answer: "{}",
    })),
  });
  return count;
}
