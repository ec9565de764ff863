import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";
import { AuthError, assertRole, type SessionUser } from "./authz";

export { AuthError, INSTRUCTOR_ROLES, type SessionUser } from "./authz";
export { apiUserOrThrow, getApiUser } from "./api-user";

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
