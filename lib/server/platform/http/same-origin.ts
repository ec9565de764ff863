import { header, type HeaderBag } from "./request";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a state-changing request comes from another site (CSRF), judged from what browsers
 * send on every fetch and form post: `Sec-Fetch-Site` (modern browsers), else `Origin` compared
 * with the app's own origin (`NEXTAUTH_URL`) or the Host the request was sent to. A request with
 * neither header did not come from a browser page, so it cannot carry a victim's cookies
 * cross-site; the session cookie is also SameSite=Lax.
 */
export function isCrossSite(method: string, headers: HeaderBag, appUrl: string | undefined): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = header(headers, "sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  const origin = header(headers, "origin");
  if (!origin) return false;
  if (origin === "null") return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  if (appUrl && new URL(appUrl).host === host) return false;
  return host !== header(headers, "host");
}
