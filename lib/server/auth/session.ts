import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "../platform/errors";
import { assertRole, type SessionUser } from "./authz";
import { authOptions } from "./options";

/** The signed-in user of a page, or null. */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  return session?.user?.id ? session.user : null;
}

/**
 * The one wrapper for pages: the current user, who must hold one of `roles` (any role when
 * none are given); anonymous → sign-in and back, wrong role → the 403 page.
 */
export async function requirePageUser(callbackPath: string, ...roles: Role[]): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  try {
    return assertRole(user, roles);
  } catch (e) {
    if (e instanceof AppError && e.status === 403) forbidden();
    throw e;
  }
}
