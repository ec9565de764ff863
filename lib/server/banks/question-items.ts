import type { PrismaClient } from "../platform/prisma";

/** A bank question's review item follows its lineage, so learners keep their schedule across versions. */
export const questionItemId = (lineageId: string) => `q:${lineageId}`;

/** Makes sure every live question of a bank has its review item (prompt and key live on the question). */
export async function ensureQuestionItems(db: PrismaClient, bankId: string): Promise<number> {
  const missing = await db.question.findMany({
    where: { bankId, retiredAt: null, supersededAt: null, reviewItem: null },
    select: { id: true, lineageId: true, cardId: true },
  });
  if (missing.length === 0) return 0;
  const { count } = await db.reviewItem.createMany({
    data: missing.map((q) => ({
      id: questionItemId(q.lineageId),
      kind: "QUESTION" as const,
      questionId: q.id,
      cardId: q.cardId,
      prompt: "{}",
      answer: "{}",
    })),
  });
  return count;
}
