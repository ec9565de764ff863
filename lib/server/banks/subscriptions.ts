import type { PrismaClient } from "../platform/prisma";
import { ensureQuestionItems } from "./question-items";
import { LIVE } from "./question-versions";
import { notFound } from "../platform/errors";
import { addMissingStates } from "../reviews/state";

export type BankListing = { id: string; title: string; description: string; questions: number; subscribed: boolean };

/** Published banks with the learner's subscription status. */
export async function listPublishedBanks(db: PrismaClient, userId: string): Promise<BankListing[]> {
  const banks = await db.questionBank.findMany({
    where: { published: true },
    select: {
      id: true,
      title: true,
      description: true,
      _count: { select: { questions: { where: LIVE } } },
      subscribers: { where: { userId }, select: { userId: true } },
    },
    orderBy: { title: "asc" },
  });
  return banks.map((b) => ({
    id: b.id,
    title: b.title,
    description: b.description,
    questions: b._count.questions,
    subscribed: b.subscribers.length > 0,
  }));
}

/** Adds review states (New) for questions of the learner's subscribed banks that they do not have yet. */
export async function syncSubscribedQuestions(db: PrismaClient, userId: string, now: Date): Promise<number> {
  return addMissingStates(
    db,
    userId,
    {
      kind: "QUESTION",
      retiredAt: null,
      question: { retiredAt: null, bank: { published: true, subscribers: { some: { userId } } } },
    },
    now,
  );
}

/** Subscribes a learner to a published bank; its questions join their reviews as new items. */
export async function subscribe(db: PrismaClient, userId: string, bankId: string, now: Date): Promise<number> {
  const bank = await db.questionBank.findFirst({ where: { id: bankId, published: true }, select: { id: true } });
  if (!bank) throw notFound(`Question bank ${bankId}`);
  await ensureQuestionItems(db, bankId);
  await db.bankSubscription.upsert({
    where: { userId_bankId: { userId, bankId } },
    create: { userId, bankId },
    update: {},
  });
  return syncSubscribedQuestions(db, userId, now);
}

/** Unsubscribes; the questions leave the review queue but their history is kept. */
export async function unsubscribe(db: PrismaClient, userId: string, bankId: string): Promise<void> {
  await db.bankSubscription.deleteMany({ where: { userId, bankId } });
}
