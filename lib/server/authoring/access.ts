import type { SessionUser } from "../auth/authz";
import { notFound } from "../platform/errors";
import type { PrismaClient } from "../platform/prisma";

export type Author = Pick<SessionUser, "id" | "role">;

/** Which banks an author may manage: their own, or all of them for an admin (archived ones never). */
export const authorBanksWhere = (user: Author) =>
  user.role === "ADMIN" ? { archivedAt: null } : { ownerId: user.id, archivedAt: null };

/**
 * A bank the author may manage, or a 404 AppError: another instructor's bank is answered as
 * missing, so ids cannot be probed.
 */
export async function getBankForAuthorOrThrow(db: PrismaClient, user: Author, bankId: string) {
  const bank = await db.questionBank.findFirst({
    where: { id: bankId, ...authorBanksWhere(user) },
    select: { id: true, title: true, description: true, published: true, ownerId: true, updatedAt: true },
  });
  if (!bank) throw notFound(`Question bank ${bankId}`);
  return bank;
}
