import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";

// A first gate only: anonymous visitors to private pages go to sign-in. Every page and
// route handler checks the session and role again on the server (lib/server/auth/session.ts).
const guard = withAuth({ pages: { signIn: "/signin" } });

// NextAuth's session cookie, with or without the __Secure- prefix, possibly split into chunks (.0, .1…).
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * `/` is the static landing page for visitors and the dashboard for learners: a request with a
 * session cookie is rewritten to /dashboard (which checks the session itself), so the public page
 * needs no per-request rendering.
 */
export default function proxy(req: NextRequest, event: NextFetchEvent) {
  if (req.nextUrl.pathname === "/") {
    const signedIn = req.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
    return signedIn ? NextResponse.rewrite(new URL("/dashboard", req.url)) : NextResponse.next();
  }
  return guard(req as NextRequestWithAuth, event);
}

export const config = {
  matcher: ["/", "/review/:path*", "/exams/:path*", "/author/:path*", "/settings/:path*"],
};
