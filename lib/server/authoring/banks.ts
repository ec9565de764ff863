import { AppError } from "../platform/errors";
import type { PrismaClient } from "../platform/prisma";
import { LIVE } from "../banks/question-versions";
import { authorBanksWhere, getBankForAuthorOrThrow, type Author } from "./access";
import { publishProblems } from "./questions";

/** The banks an author manages, newest first, with their live question counts. */
export function listAuthorBanks(db: PrismaClient, user: Author) {
  return db.questionBank.findMany({
    where: authorBanksWhere(user),
    select: {
      id: true,
      title: true,
      description: true,
      published: true,
      updatedAt: true,
      owner: { select: { name: true, email: true } },
      _count: { select: { questions: { where: LIVE } } },
    },
    orderBy: { updatedAt: "desc" },
  });
}

export async function createBank(db: PrismaClient, user: Author, input: { title: string; description: string }) {
  return db.questionBank.create({
    data: { title: input.title, description: input.description, ownerId: user.id },
    select: { id: true, title: true },
  });
}

/**
 * Renames, describes, publishes or unpublishes. Publishing needs at least one question and every
 * live question meeting the format rules (422 listing each question's problems).
 */
export async function updateBank(
  db: PrismaClient,
  user: Author,
  bankId: string,
  input: { title?: string; description?: string; published?: boolean },
) {
  await getBankForAuthorOrThrow(db, user, bankId);
  if (input.published) {
    const problems = await publishProblems(db, bankId);
    if (problems.length > 0) throw new AppError(422, "Fix these questions before publishing", problems);
  }
  return db.questionBank.update({
    where: { id: bankId },
    data: input,
    select: { id: true, title: true, description: true, published: true },
  });
}

/** Whether past attempts, reviews or reports refer to any version of the bank's questions. */
async function bankInUse(db: PrismaClient, bankId: string): Promise<boolean> {
  const [answers, logs, reports] = await Promise.all([
    db.examAnswer.count({ where: { question: { bankId } }, take: 1 }),
    db.reviewLog.count({ where: { item: { question: { bankId } } }, take: 1 }),
    db.questionReport.count({ where: { question: { bankId } }, take: 1 }),
  ]);
  return answers + logs + reports > 0;
}

/**
 * Deletes a bank. One that past attempts, reviews or reports used is archived instead (hidden,
 * unpublished, its history intact); the answer says which happened.
 */
export async function deleteBank(
  db: PrismaClient,
  user: Author,
  bankId: string,
  now: Date,
): Promise<{ outcome: "deleted" | "archived" }> {
  await getBankForAuthorOrThrow(db, user, bankId);
  if (await bankInUse(db, bankId)) {
    await db.$transaction([
      db.questionBank.update({ where: { id: bankId }, data: { archivedAt: now, published: false } }),
      db.bankSubscription.deleteMany({ where: { bankId } }),
    ]);
    return { outcome: "archived" };
  }
  await db.questionBank.delete({ where: { id: bankId } });
  return { outcome: "deleted" };
}
