import type { PrismaClient } from "../platform/prisma";
import type { SessionUser } from "../auth/authz";

/** Banks an author may manage: their own, or every bank for an admin. */
export function listBanksForAuthor(db: PrismaClient, user: Pick<SessionUser, "id" | "role">) {
  return db.questionBank.findMany({
    where: user.role === "ADMIN" ? {} : { ownerId: user.id },
    select: {
      id: true,
      title: true,
      published: true,
      updatedAt: true,
      _count: { select: { questions: { where: { retiredAt: null, supersededAt: null } } } },
    },
    orderBy: { updatedAt: "desc" },
  });
}
