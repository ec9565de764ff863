import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { SESSION_COOKIE, sessionHintChange, sessionHintSetCookie } from "@/lib/session/hint";

// A first gate only: anonymous visitors to private pages go to sign-in. Every page and
// route handler checks the session and role again on the server (lib/server/auth/session.ts).
const guard = withAuth({ pages: { signIn: "/signin" } });

const PRIVATE = ["/review", "/exams", "/author", "/settings"];
const isPrivate = (pathname: string) => PRIVATE.some((p) => pathname === p || pathname.startsWith(`${p}/`));

/**
 * Every page request passes here:
 * - `/` is the static landing page for visitors and the dashboard for learners: a request with a
 *   session cookie is rewritten to /dashboard (which checks the session itself), so the public page
 *   needs no per-request rendering;
 * - private pages send anonymous visitors to sign in;
 * - the response keeps the signed-in hint (lib/session/hint.ts) in step with the session cookie, so
 *   a visitor's page never asks /api/auth/session who is signed in.
 */
export default async function proxy(req: NextRequest, event: NextFetchEvent) {
  const names = req.cookies.getAll().map((c) => c.name);
  const { pathname } = req.nextUrl;
  let res: Response;
  if (pathname === "/") {
    const signedIn = names.some((name) => SESSION_COOKIE.test(name));
    res = signedIn ? NextResponse.rewrite(new URL("/dashboard", req.url)) : NextResponse.next();
  } else if (isPrivate(pathname)) {
    res = (await guard(req as NextRequestWithAuth, event)) ?? NextResponse.next();
  } else {
    res = NextResponse.next();
  }
  const change = sessionHintChange(names);
  if (change) {
    // Secure whenever NextAuth's own cookie is (its __Secure- name), or the request came over HTTPS.
    const secure = req.nextUrl.protocol === "https:" || names.some((name) => name.startsWith("__Secure-"));
    res.headers.append("Set-Cookie", sessionHintSetCookie(change, secure));
  }
  return res;
}

export const config = {
  // Pages only: not the API, Next's own files, or files with an extension (public/).
  matcher: ["/((?!api/|_next/|.*\\.[A-Za-z0-9]+$).*)"],
};
