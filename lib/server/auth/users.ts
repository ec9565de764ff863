import type { PrismaClient } from "../platform/prisma";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "../platform/errors";
import { hashPassword } from "./password";
import type { SignUpInput } from "@/lib/validations/auth";

export const publicUserSelect = { id: true, email: true, name: true, role: true } as const;
export type PublicUser = { id: string; email: string; name: string | null; role: Role };

const EMAIL_TAKEN = "An account with this email already exists";
const emailTaken = () => new AppError(409, EMAIL_TAKEN, [{ path: "email", message: EMAIL_TAKEN }]);

/** Creates a student account; throws AppError 409 when the email is in use. */
export async function createUser(db: PrismaClient, input: SignUpInput, role: Role = "STUDENT"): Promise<PublicUser> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, passwordHash, role },
      select: publicUserSelect,
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") throw emailTaken();
    throw e;
  }
}

/** The user with their password hash, for sign-in only. */
export function findUserWithPassword(db: PrismaClient, email: string) {
  return db.user.findUnique({ where: { email }, select: { ...publicUserSelect, passwordHash: true } });
}

/** The current role of a user, or null when the account no longer exists. */
export async function findRole(db: PrismaClient, userId: string): Promise<Role | null> {
  const u = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  return u?.role ?? null;
}
