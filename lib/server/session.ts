import "server-only";
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions, ROLE_RECHECK_MS } from "./auth-options";
import { db } from "./db";
import { findRole } from "./users";
import { AuthError, assertRole, type SessionUser } from "./authz";

export { AuthError, INSTRUCTOR_ROLES, type SessionUser } from "./authz";

/** The signed-in user, or null. */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  return session?.user?.id ? session.user : null;
}

/** The current user, who must hold one of `roles`; throws AuthError (401/403) otherwise. */
export async function currentUserOrThrow(...roles: Role[]): Promise<SessionUser> {
  return assertRole(await getCurrentUser(), roles);
}

/** For pages: the current user with one of `roles`; anonymous → sign-in, wrong role → 403 page. */
export async function requirePageUser(callbackPath: string, ...roles: Role[]): Promise<SessionUser> {
  try {
    return await currentUserOrThrow(...roles);
  } catch (e) {
    if (!(e instanceof AuthError)) throw e;
    if (e.status === 401) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
    forbidden();
  }
}

/**
 * The user behind an API request, from the session JWT alone (no session refresh, so it is cheap
 * on hot paths). The role is re-read from the database when the token's copy is older than ROLE_RECHECK_MS.
 */
export async function getApiUser(req: Request): Promise<SessionUser | null> {
  const token = await getToken({ req: req as NextRequest });
  if (!token?.uid) return null;
  let role = token.role;
  if (Date.now() - (token.roleCheckedAt ?? 0) > ROLE_RECHECK_MS) {
    const current = await findRole(db, token.uid);
    if (!current) return null;
    role = current;
  }
  return { id: token.uid, email: token.email ?? "", name: token.name ?? null, role };
}

/** For route handlers: the request's user with one of `roles`; throws AuthError (401/403) otherwise. */
export async function apiUserOrThrow(req: Request, ...roles: Role[]): Promise<SessionUser> {
  return assertRole(await getApiUser(req), roles);
}
