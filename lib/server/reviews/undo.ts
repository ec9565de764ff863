import type { PrismaClient } from "../platform/prisma";
import { AppError } from "../platform/errors";
import { parseState } from "@/lib/srs/snapshot";

/**
 * Undoes the learner's most recent review: restores the exact state before it and marks the
 * log row undone (the log stays append-only). Returns the item to show again.
 */
export async function undoLastReview(db: PrismaClient, userId: string, now: Date): Promise<{ itemId: string }> {
  return db.$transaction(async (tx) => {
    const last = await tx.reviewLog.findFirst({
      where: { userId, undoneAt: null },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
      select: { id: true, itemId: true, prevState: true },
    });
    if (!last) throw new AppError(404, "There is no review to undo");
    const marked = await tx.reviewLog.updateMany({ where: { id: last.id, undoneAt: null }, data: { undoneAt: now } });
    if (marked.count !== 1) throw new AppError(409, "That review was already undone");
    await tx.reviewState.update({
      where: { userId_itemId: { userId, itemId: last.itemId } },
      // The learning state returns exactly; the version moves on, so answers given before the undo are stale.
      data: { ...parseState(last.prevState), version: { increment: 1 } },
    });
    return { itemId: last.itemId };
  });
}
