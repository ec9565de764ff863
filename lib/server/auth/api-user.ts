import "server-only";
import { getToken } from "next-auth/jwt";
import { env } from "../platform/env";
import type { CredentialSource } from "../platform/http/request";
import type { SessionUser } from "./authz";
import { checkedRole } from "./role-check";
import { decodeSessionToken } from "./session-token";

/**
 * The user behind an API request, from the session JWT alone (no session refresh, so it is cheap
 * on hot paths); the role is re-checked as `checkedRole` says.
 */
export async function getApiUser(req: CredentialSource): Promise<SessionUser | null> {
  const token = await getToken({
    req: req as Parameters<typeof getToken>[0]["req"],
    secret: env().NEXTAUTH_SECRET,
    decode: decodeSessionToken,
  });
  if (!token?.uid) return null;
  const checked = await checkedRole(token, Date.now());
  if (!checked) return null;
  return { id: token.uid, email: token.email ?? "", name: token.name ?? null, role: checked.role };
}
