import "server-only";
import { getToken } from "next-auth/jwt";
import type { Role } from "@/lib/generated/prisma/enums";
import { assertRole, ROLE_RECHECK_MS, type SessionUser } from "./authz";
import { db } from "../platform/db";
import { env } from "../platform/env";
import { decodeSessionToken } from "./session-token";
import { findRole } from "./users";

/**
 * What an API call's user is read from: a Fetch Request's headers and cookies, or a Node request's
 * headers with its parsed cookies (the fast lane, lib/server/reviews/storage/fast-lane.ts).
 */
export type CredentialSource =
  Request | { headers: Record<string, string | string[] | undefined>; cookies: Record<string, string> };

/**
 * The user behind an API request, from the session JWT alone (no session refresh, so it is cheap
 * on hot paths). The role is re-read from the database when the token's copy is older than ROLE_RECHECK_MS.
 */
export async function getApiUser(req: CredentialSource): Promise<SessionUser | null> {
  const token = await getToken({
    req: req as Parameters<typeof getToken>[0]["req"],
    secret: env().NEXTAUTH_SECRET,
    decode: decodeSessionToken,
  });
  if (!token?.uid) return null;
  let role = token.role;
  if (Date.now() - (token.roleCheckedAt ?? 0) > ROLE_RECHECK_MS) {
    const current = await findRole(db, token.uid);
    if (!current) return null;
    role = current;
  }
  return { id: token.uid, email: token.email ?? "", name: token.name ?? null, role };
}

/** For API handlers: the request's user with one of `roles`; throws AuthError (401/403) otherwise. */
export async function apiUserOrThrow(req: CredentialSource, ...roles: Role[]): Promise<SessionUser> {
  return assertRole(await getApiUser(req), roles);
}
