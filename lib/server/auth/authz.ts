import type { Role } from "@/lib/generated/prisma/enums";
import { forbidden, unauthorized } from "../platform/errors";

export type SessionUser = { id: string; email: string; name: string | null; role: Role };

export const INSTRUCTOR_ROLES: Role[] = ["INSTRUCTOR", "ADMIN"];

/** The one authorization rule: a signed-in user holding one of `roles` (any role when empty); AppError 401/403 otherwise. */
export function assertRole(user: SessionUser | null, roles: readonly Role[]): SessionUser {
  if (!user) throw unauthorized();
  if (roles.length > 0 && !roles.includes(user.role)) throw forbidden();
  return user;
}
