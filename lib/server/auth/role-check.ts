import type { JWT } from "next-auth/jwt";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "../platform/db";
import { findRole } from "./users";

// The role in the JWT is re-read from the database at most this often, so a changed or removed
// account stops working within five minutes without a database read on every request. The
// browser refreshes its session every four minutes (app/providers.tsx), which re-checks the role
// and re-issues the cookie, so API calls in a long review session do not each pay the check.
export const ROLE_RECHECK_MS = 5 * 60_000;

/**
 * The role a session token may act with now: the token's own while it was checked within
 * ROLE_RECHECK_MS, otherwise the account's current role (null when the account is gone).
 */
export async function checkedRole(
  token: Pick<JWT, "uid" | "role" | "roleCheckedAt">,
  now: number,
): Promise<{ role: Role; checkedAt: number } | null> {
  if (now - (token.roleCheckedAt ?? 0) <= ROLE_RECHECK_MS) return { role: token.role, checkedAt: token.roleCheckedAt };
  const role = await findRole(db, token.uid);
  return role ? { role, checkedAt: now } : null;
}
