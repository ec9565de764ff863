import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one rule for which review items a learner may study now: items not retired, and bank
 * questions only while the question is live and the learner subscribes to its published bank.
 * The queue lists only these, and answering refuses anything else (so an unpublished bank's or
 * an unsubscribed learner's keys stay hidden).
 */
export function liveItemFor(userId: string): Prisma.ReviewItemWhereInput {
  return {
    retiredAt: null,
    OR: [
      { questionId: null },
      { question: { retiredAt: null, bank: { published: true, subscribers: { some: { userId } } } } },
    ],
  };
}
