import type { PrismaClient } from "../platform/prisma";

/** How an answer was graded: the option ids chosen (sorted) and whether they were the key. */
export type Grading = { answer: string[]; correct: boolean };

const key = (userId: string, itemId: string, version: number) => ({
  userId_itemId_version: { userId, itemId, version },
});

/**
 * The grading that stands for (learner, item, version): `graded` when it is the first, otherwise
 * the one stored by the first answer (also when two answers race: the primary key lets exactly one
 * insert win, and the other reads it back). So answering wrong, reading the key and answering
 * again right at the same version changes nothing.
 */
export async function keepFirstGrading(
  db: PrismaClient,
  userId: string,
  itemId: string,
  version: number,
  graded: Grading,
  now: Date,
): Promise<{ grading: Grading; first: boolean }> {
  const stored = await findGrading(db, userId, itemId, version);
  if (stored) return { grading: stored, first: false };
  try {
    await db.reviewAnswer.create({
      data: {
        userId,
        itemId,
        version,
        answer: JSON.stringify(graded.answer),
        correct: graded.correct,
        answeredAt: now,
      },
      select: { version: true },
    });
    return { grading: graded, first: true };
  } catch (e) {
    if ((e as { code?: string }).code !== "P2002") throw e;
    const winner = await findGrading(db, userId, itemId, version);
    if (!winner) throw e;
    return { grading: winner, first: false };
  }
}

async function findGrading(db: PrismaClient, userId: string, itemId: string, version: number) {
  const row = await db.reviewAnswer.findUnique({
    where: key(userId, itemId, version),
    select: { answer: true, correct: true },
  });
  return row ? { answer: JSON.parse(row.answer) as string[], correct: row.correct } : null;
}
