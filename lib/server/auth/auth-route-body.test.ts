import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { freshDb } from "@/tests/db";

// NextAuth's own routes (sign-in, sign-out) are not endpoints, but the API's one body cap holds for
// them too: a huge sign-in body is refused with 413 before NextAuth reads it.
type Route = (req: NextRequest, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;
let POST: Route;
let MAX_BODY_BYTES: number;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  let url: string;
  ({ url, cleanup } = freshDb());
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET = crypto.randomBytes(32).toString("base64url");
  // Imported once the environment is set: the modules read it when they load.
  ({ POST } = (await import("@/app/api/auth/[...nextauth]/route")) as unknown as { POST: Route });
  ({ MAX_BODY_BYTES } = await import("../platform/http/endpoint"));
});
afterAll(() => cleanup());

const signInUrl = "http://localhost:3000/api/auth/callback/credentials";
const ctx = { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) };
const form = (size: number) => `email=a%40example.com&password=${"x".repeat(size)}&csrfToken=t&json=true`;
const headers = { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin" };

describe("the NextAuth route's body cap", () => {
  it("refuses a sign-in body over the cap with 413, whether or not it declares its length", async () => {
    const declared = await POST(
      new NextRequest(signInUrl, { method: "POST", headers, body: form(5 * 1024 * 1024) }),
      ctx,
    );
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: `Request body is larger than ${MAX_BODY_BYTES} bytes` });

    // Chunked, no Content-Length: reading stops at the cap.
    let pulled = 0;
    const chunk = new TextEncoder().encode("x".repeat(16 * 1024));
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(chunk);
      },
    });
    const chunked = await POST(
      new NextRequest(signInUrl, { method: "POST", headers, body: endless, duplex: "half" }),
      ctx,
    );
    expect(chunked.status).toBe(413);
    expect(pulled * chunk.byteLength).toBeLessThan(MAX_BODY_BYTES * 4);
  });
});
