import type { Role } from "@/lib/generated/prisma/enums";

export type SessionUser = { id: string; email: string; name: string | null; role: Role };

export class AuthError extends Error {
  constructor(readonly status: 401 | 403) {
    super(status === 401 ? "Sign in to continue" : "You do not have permission to do this");
    this.name = "AuthError";
  }
}

// The role in the JWT is re-read from the database at most this often, so a changed or removed
// account stops working within five minutes without a database read on every request. The
// browser refreshes its session every four minutes (app/providers.tsx), which re-checks the role
// and re-issues the cookie, so API calls in a long review session do not each pay the check.
export const ROLE_RECHECK_MS = 5 * 60_000;

export const INSTRUCTOR_ROLES: Role[] = ["INSTRUCTOR", "ADMIN"];

/** The one authorization rule: a signed-in user holding one of `roles` (any role when empty). */
export function assertRole(user: SessionUser | null, roles: readonly Role[]): SessionUser {
  if (!user) throw new AuthError(401);
  if (roles.length > 0 && !roles.includes(user.role)) throw new AuthError(403);
  return user;
}
