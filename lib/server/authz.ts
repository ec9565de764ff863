import type { Role } from "@/lib/generated/prisma/enums";

export type SessionUser = { id: string; email: string; name: string | null; role: Role };

export class AuthError extends Error {
  constructor(readonly status: 401 | 403) {
    super(status === 401 ? "Sign in to continue" : "You do not have permission to do this");
    this.name = "AuthError";
  }
}

export const INSTRUCTOR_ROLES: Role[] = ["INSTRUCTOR", "ADMIN"];

/** The one authorization rule: a signed-in user holding one of `roles` (any role when empty). */
export function assertRole(user: SessionUser | null, roles: readonly Role[]): SessionUser {
  if (!user) throw new AuthError(401);
  if (roles.length > 0 && !roles.includes(user.role)) throw new AuthError(403);
  return user;
}
