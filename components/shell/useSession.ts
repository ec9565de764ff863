"use client";

import { useEffect, useState } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { hasSessionHint } from "@/lib/session/hint";

export type SessionUser = { email: string; name: string | null; role: Role };
export type ClientSession =
  { status: "loading" | "unauthenticated"; user: null } | { status: "authenticated"; user: SessionUser };

const ROLES: readonly string[] = ["STUDENT", "INSTRUCTOR", "ADMIN"] satisfies Role[];

/** The user in NextAuth's /api/auth/session answer, or null. Checked by hand: zod would add ~30 KB to every page. */
export function sessionUser(body: unknown): SessionUser | null {
  const user = (body as { user?: Record<string, unknown> } | null)?.user;
  if (!user || typeof user.email !== "string" || typeof user.role !== "string" || !ROLES.includes(user.role)) {
    return null;
  }
  return { email: user.email, name: typeof user.name === "string" ? user.name : null, role: user.role as Role };
}

// At most one request per page load, shared by the header, card buttons and the sandbox, and none
// for a visitor: without the signed-in hint (lib/session/hint.ts) the browser holds no session
// cookie, so nobody is signed in. Signing in and out are full page loads, so the answer cannot go
// stale within a page's life.
let request: Promise<SessionUser | null> | null = null;

function loadSession(): Promise<SessionUser | null> {
  if (!hasSessionHint(document.cookie)) return Promise.resolve(null);
  request ??= fetch("/api/auth/session", { cache: "no-store" })
    .then(async (res) => (res.ok ? sessionUser(await res.json()) : null))
    .catch(() => {
      request = null; // a network failure is not "signed out" for the rest of the page's life
      return null;
    });
  return request;
}

/**
 * Who is signed in, for what the browser shows (the server checks every request itself). Replaces
 * next-auth/react's SessionProvider, which put that library (and a provider around every page)
 * into every route's JavaScript.
 */
export function useSession(): ClientSession {
  const [session, setSession] = useState<ClientSession>({ status: "loading", user: null });
  useEffect(() => {
    let live = true;
    void loadSession().then((user) => {
      if (live) setSession(user ? { status: "authenticated", user } : { status: "unauthenticated", user: null });
    });
    return () => {
      live = false;
    };
  }, []);
  return session;
}
