import "server-only";
import { env } from "../platform/env";
import { emailSchema } from "@/lib/validations/auth";
import { deviceCookieOf, deviceSetCookie, deviceToken, knownDevice, newDeviceId } from "./device-cookie";
import { RATE_LIMITED } from "./options";

const minutes = (s: number) => {
  const m = Math.ceil(s / 60);
  return `${m} minute${m === 1 ? "" : "s"}`;
};

/** The `error` NextAuth's answer carries (JSON `{ url }` for fetch sign-ins, else a redirect), if any. */
async function errorOf(res: Response): Promise<string | null> {
  let url = res.headers.get("location");
  if (!url && res.headers.get("content-type")?.includes("application/json")) {
    url =
      (
        (await res
          .clone()
          .json()
          .catch(() => ({}))) as { url?: string }
      ).url ?? null;
  }
  return url ? new URL(url, "http://x").searchParams.get("error") : null;
}

/**
 * Finishes NextAuth's answer to a credentials sign-in (POST /api/auth/callback/credentials): an
 * attempt refused by the lockout policy becomes HTTP 429 with Retry-After (a form post is sent
 * back to the sign-in page instead), and a successful sign-in gives the browser this account's
 * device cookie (device-cookie.ts), keeping the device id it already had for the account.
 */
export async function credentialsReply(req: Request, res: Response, rawEmail: unknown): Promise<Response> {
  const error = await errorOf(res);
  if (error?.startsWith(RATE_LIMITED)) {
    const retryAfterS = Number(error.split(":")[1]) || 60;
    const signin = new URL("/signin?error=RateLimited", req.url).toString();
    const headers = { "Retry-After": String(retryAfterS), "Cache-Control": "no-store" };
    if (!res.headers.get("location")) {
      const message = `Too many failed sign-in attempts. Try again in ${minutes(retryAfterS)}.`;
      return Response.json({ url: signin, error: RATE_LIMITED, message }, { status: 429, headers });
    }
    return new Response(null, { status: 303, headers: { ...headers, Location: signin } });
  }
  const signedIn = res.headers.getSetCookie().some((c) => /^(__Secure-)?next-auth\.session-token(\.\d+)?=./.test(c));
  const email = emailSchema.safeParse(rawEmail);
  if (!signedIn || !email.success) return res;
  const { NEXTAUTH_SECRET, NEXTAUTH_URL } = env();
  const device = knownDevice(deviceCookieOf(req.headers.get("cookie")), email.data, NEXTAUTH_SECRET) ?? newDeviceId();
  const headers = new Headers(res.headers);
  headers.append(
    "Set-Cookie",
    deviceSetCookie(deviceToken(device, email.data, NEXTAUTH_SECRET), Boolean(NEXTAUTH_URL?.startsWith("https:"))),
  );
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}
