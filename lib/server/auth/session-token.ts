import "server-only";
import hkdf from "@panva/hkdf";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";

const keys = new Map<string, Promise<Uint8Array>>();

/** NextAuth's session-token key: HKDF-SHA256 of the secret, derived once per secret (not per user). */
function encryptionKey(secret: string | Buffer, salt: string): Promise<Uint8Array> {
  const id = `${salt}\u0000${secret.toString()}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = hkdf("sha256", secret, salt, info, 32);
    keys.set(id, key);
  }
  return key;
}

/**
 * Decodes a NextAuth session token exactly as next-auth/jwt's `decode` does (A256GCM JWE, 15 s
 * clock tolerance), without re-deriving the key on every request: the derivation was most of the
 * cost of authenticating an API call.
 */
export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, await encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}
