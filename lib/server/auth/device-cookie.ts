import crypto from "node:crypto";
import { parse } from "cookie";

/**
 * A browser that has signed in to an account with its password before gets a device cookie bound
 * to that account (OWASP's "device cookies"). Sign-in attempts that present it are limited only by
 * their own failures, so guesses from anywhere else can never lock the owner's browser out
 * (sign-in-limits.ts). The cookie is an id and an HMAC of (id, account email) under the app secret:
 * it names no account and cannot be made for another one.
 */
export const DEVICE_COOKIE = "coldstart-device";
const MAX_AGE_S = 365 * 24 * 60 * 60;

const keys = new Map<string, Buffer>();
function keyFor(secret: string): Buffer {
  let k = keys.get(secret);
  if (!k) {
    k = crypto.createHmac("sha256", secret).update("coldstart/sign-in-device/v1").digest();
    keys.set(secret, k);
  }
  return k;
}
const mac = (deviceId: string, email: string, secret: string) =>
  crypto.createHmac("sha256", keyFor(secret)).update(`${deviceId}\u0000${email}`).digest();

/** A new, random device id. */
export const newDeviceId = () => crypto.randomBytes(16).toString("base64url");

/** The cookie value binding `deviceId` to the account `email` (normalised). */
export function deviceToken(deviceId: string, email: string, secret: string): string {
  return `${deviceId}.${mac(deviceId, email, secret).toString("base64url")}`;
}

/** The device id when `token` was issued for this account's email, else null. */
export function knownDevice(token: string | null | undefined, email: string, secret: string): string | null {
  const [deviceId, given] = (token ?? "").split(".");
  if (!deviceId || !given || !/^[\w-]{16,64}$/.test(deviceId)) return null;
  const expected = mac(deviceId, email, secret);
  const bytes = Buffer.from(given, "base64url");
  return bytes.length === expected.length && crypto.timingSafeEqual(bytes, expected) ? deviceId : null;
}

/** The device cookie sent with a request's Cookie header, if any. */
export function deviceCookieOf(cookieHeader: string | null | undefined): string | null {
  return cookieHeader ? (parse(cookieHeader)[DEVICE_COOKIE] ?? null) : null;
}

/** The Set-Cookie header value for a device token (sent only to the auth routes). */
export function deviceSetCookie(token: string, secure: boolean): string {
  return `${DEVICE_COOKIE}=${token}; Path=/api/auth; Max-Age=${MAX_AGE_S}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
