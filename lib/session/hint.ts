// The signed-in hint: a readable cookie that says only "this browser holds a session cookie", so
// the header knows without a request whether to ask /api/auth/session who is signed in. NextAuth's
// session cookie is HttpOnly, so the page's JavaScript cannot see it; the proxy (proxy.ts) keeps the
// hint in step with it on every page request. The server never reads the hint: it decides nothing,
// and a forged one costs its holder one request to /api/auth/session, which answers "nobody".

export const SESSION_HINT_COOKIE = "coldstart-signed-in";

/** NextAuth's session cookie, with or without the __Secure- prefix, possibly split into chunks (.0, .1…). */
export const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * What a page response does to the hint, given the request's cookies: set it when a session cookie
 * came without it, clear it when it came without a session cookie, otherwise leave it.
 */
export function sessionHintChange(cookieNames: readonly string[]): "set" | "clear" | null {
  const session = cookieNames.some((name) => SESSION_COOKIE.test(name));
  const hint = cookieNames.includes(SESSION_HINT_COOKIE);
  if (session && !hint) return "set";
  if (!session && hint) return "clear";
  return null;
}

/** Whether `document.cookie` carries the hint (read in the browser). */
export function hasSessionHint(documentCookie: string): boolean {
  return documentCookie.split(/;\s*/).some((pair) => pair === `${SESSION_HINT_COOKIE}=1`);
}

/**
 * The Set-Cookie header for a change. Not HttpOnly: the page's JavaScript reads it. No expiry: a
 * browser that drops it on restart while keeping the session cookie gets it back on its next page.
 */
export function sessionHintSetCookie(change: "set" | "clear", secure: boolean): string {
  const attributes = `Path=/; SameSite=Lax${secure ? "; Secure" : ""}`;
  return change === "set"
    ? `${SESSION_HINT_COOKIE}=1; ${attributes}`
    : `${SESSION_HINT_COOKIE}=; ${attributes}; Max-Age=0`;
}
