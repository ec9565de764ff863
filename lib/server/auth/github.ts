import type { Role } from "@/lib/generated/prisma/enums";
import type { PrismaClient } from "../platform/prisma";

export const GITHUB_API = "https://api.github.com";

export type GitHubSignIn =
  | { ok: true; user: { id: string; email: string; name: string | null; role: Role } }
  | { ok: false; error: "GitHubEmailUnverified" | "GitHubAccountExists" | "GitHubUnavailable" };

type GitHubEmail = { email?: unknown; primary?: unknown; verified?: unknown };

/**
 * The GitHub user's primary email when GitHub has verified it (GET /user/emails with their access
 * token), null when it has not, "unavailable" when GitHub could not be asked.
 */
export async function verifiedPrimaryEmail(
  accessToken: string,
  apiBase = GITHUB_API,
): Promise<string | null | "unavailable"> {
  let list: unknown;
  try {
    const res = await fetch(`${apiBase}/user/emails`, {
      headers: {
        Authorization: `Bearer ${accessToken}`,
        Accept: "application/vnd.github+json",
        "User-Agent": "coldstart",
      },
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) return "unavailable";
    list = await res.json();
  } catch {
    return "unavailable";
  }
  if (!Array.isArray(list)) return "unavailable";
  const primary = (list as GitHubEmail[]).find((e) => e.primary === true && e.verified === true);
  return typeof primary?.email === "string" && primary.email.includes("@") ? primary.email.trim().toLowerCase() : null;
}

/**
 * Decides a "Continue with GitHub" sign-in. GitHub must have verified the account's primary email.
 * The local account is found by GitHub's user id, never by email: an email that already belongs
 * to a local account (one with a password, or any other) is refused rather than linked, so nobody
 * can take an account over by adding its address to a GitHub profile. A new account is a student.
 */
export async function githubSignIn(
  db: PrismaClient,
  github: { id: string; accessToken: string; name: string | null },
  apiBase = GITHUB_API,
): Promise<GitHubSignIn> {
  const email = await verifiedPrimaryEmail(github.accessToken, apiBase);
  if (email === "unavailable") return { ok: false, error: "GitHubUnavailable" };
  if (!email) return { ok: false, error: "GitHubEmailUnverified" };
  const select = { id: true, email: true, name: true, role: true } as const;
  const linked = await db.user.findUnique({ where: { githubId: github.id }, select });
  if (linked) return { ok: true, user: linked };
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    return { ok: false, error: "GitHubAccountExists" };
  }
  try {
    const user = await db.user.create({
      data: { email, name: github.name, githubId: github.id, role: "STUDENT" },
      select,
    });
    return { ok: true, user };
  } catch (e) {
    if ((e as { code?: string }).code !== "P2002") throw e;
    // A concurrent sign-in created it first: the same GitHub user, or another account's email.
    const raced = await db.user.findUnique({ where: { githubId: github.id }, select });
    return raced ? { ok: true, user: raced } : { ok: false, error: "GitHubAccountExists" };
  }
}
