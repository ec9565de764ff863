import type { LogRow, StateRow } from "@/lib/srs/mapper";
import type { PrismaClient } from "../../platform/prisma";
import { storageUnavailable } from "../../platform/storage-errors";

/** One review to record: the state moves from `baseVersion` to `next`, and a log row is appended. */
export type ReviewWrite = {
  id: string;
  userId: string;
  itemId: string;
  idempotencyKey: string;
  baseVersion: number;
  next: StateRow;
  log: LogRow;
  answer: string | null;
  correct: boolean | null;
  responseMs: number | null;
  /** The bank question version answered (QUESTION items), else null. */
  questionId: string | null;
  /** The state at `baseVersion`, as serializeState wrote it (what undo restores). */
  prevState: string;
};

/** A review already recorded under an idempotency key. */
export type PriorReview = { itemId: string; rating: number; reviewedAt: Date; nextDue: Date };

/**
 * Where rated reviews are written: the hot path of a study session. `record` applies both writes
 * or neither; it answers "conflict" (writing nothing) when the state is no longer at `baseVersion`
 * or the idempotency key or (user, item, baseVersion) was used already. A database that cannot take
 * writes right now makes both methods throw AppError 503, with nothing written.
 */
export interface ReviewStore {
  record(write: ReviewWrite): Promise<"recorded" | "conflict">;
  priorByKey(userId: string, idempotencyKey: string): Promise<PriorReview | null>;
}

/** The portable store: one Prisma transaction per review (any database Prisma supports). */
export function prismaReviewStore(db: PrismaClient): ReviewStore {
  return {
    async record(w) {
      try {
        return await db.$transaction(async (tx) => {
          const moved = await tx.reviewState.updateMany({
            where: { userId: w.userId, itemId: w.itemId, version: w.baseVersion },
            data: { ...w.next, version: w.baseVersion + 1 },
          });
          // Throwing rolls the transaction back: nothing is written for a stale review.
          if (moved.count !== 1) throw new Stale();
          await tx.reviewLog.create({ data: logData(w), select: { id: true } });
          return "recorded" as const;
        });
      } catch (e) {
        if (e instanceof Stale || (e as { code?: string }).code === "P2002") return "conflict";
        throw storageUnavailable(e) ?? e;
      }
    },
    async priorByKey(userId, idempotencyKey) {
      try {
        return await db.reviewLog.findUnique({
          where: { userId_idempotencyKey: { userId, idempotencyKey } },
          select: { itemId: true, rating: true, reviewedAt: true, nextDue: true },
        });
      } catch (e) {
        throw storageUnavailable(e) ?? e;
      }
    },
  };
}

class Stale extends Error {}

function logData(w: ReviewWrite) {
  return {
    id: w.id,
    userId: w.userId,
    itemId: w.itemId,
    idempotencyKey: w.idempotencyKey,
    baseVersion: w.baseVersion,
    ...w.log,
    nextDue: w.next.due,
    answer: w.answer,
    correct: w.correct,
    responseMs: w.responseMs,
    questionId: w.questionId,
    prevState: w.prevState,
  };
}
