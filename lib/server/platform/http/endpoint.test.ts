import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { z } from "zod";
import { freshDb } from "@/tests/db";
import { AppError } from "../errors";
import type * as EndpointModule from "./endpoint";
import type { Endpoint } from "./endpoint";
import { fromFetchRequest } from "./request";

// The one API wrapper, exercised with real Fetch requests and real session tokens.
const secret = crypto.randomBytes(32).toString("base64url");
let endpoint: typeof EndpointModule.endpoint;
let ok: typeof EndpointModule.ok;
let studentCookie: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  let url: string;
  ({ url, cleanup } = freshDb());
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET = secret;
  process.env.NEXTAUTH_URL = "http://app.test";
  ({ endpoint, ok } = await import("./endpoint"));
  const token = { sub: "u1", uid: "u1", role: "STUDENT" as const, roleCheckedAt: Date.now(), email: "s@x.dev" };
  studentCookie = `next-auth.session-token=${await encode({ token, secret })}`;
});
afterAll(() => cleanup());

type Send = { method?: string; headers?: Record<string, string>; body?: string | ReadableStream };
function call(ep: Endpoint, s: Send = {}, params?: Record<string, string>) {
  // Next hands route handlers a NextRequest (the session cookie is read from its cookies).
  const req = new NextRequest("http://app.test/api/x", {
    method: s.method ?? "POST",
    headers: { cookie: studentCookie, "content-type": "application/json", ...s.headers },
    body: s.body,
    ...(s.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as ConstructorParameters<typeof NextRequest>[1]);
  return ep(fromFetchRequest(req), params);
}

const schema = z.object({ name: z.string().min(2) });
const echo = () => endpoint({ auth: "user", body: schema }, async ({ user, input }) => ok({ user: user.id, input }));

describe("endpoint: the one API wrapper", () => {
  it("runs the handler with the session's user and the parsed body", async () => {
    expect(await call(echo(), { body: '{"name":"Ada"}' })).toEqual({
      status: 200,
      body: { user: "u1", input: { name: "Ada" } },
      headers: undefined,
    });
  });

  it("refuses state changes from another site, by Sec-Fetch-Site or by Origin, before anything runs", async () => {
    let ran = 0;
    const ep = endpoint({ auth: "user" }, async () => (ran++, ok({})));
    for (const headers of <Record<string, string>[]>[
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      { origin: "https://evil.example" },
      { origin: "null" },
    ]) {
      expect(await call(ep, { headers })).toMatchObject({ status: 403, body: { error: "Cross-site request refused" } });
    }
    expect(ran).toBe(0);
    // The app's own pages, a typed-in URL and non-browser clients (no Origin) are let through.
    for (const headers of <Record<string, string>[]>[
      { "sec-fetch-site": "same-origin" },
      { "sec-fetch-site": "none" },
      { origin: "http://app.test" },
      {},
    ]) {
      expect((await call(ep, { headers })).status).toBe(200);
    }
    // Reads are never refused for their origin.
    expect((await call(ep, { method: "GET", headers: { "sec-fetch-site": "cross-site" } })).status).toBe(200);
  });

  it("answers 413 for a body over the limit, whether or not it declares its length", async () => {
    const big = JSON.stringify({ name: "x".repeat(70 * 1024) });
    expect(await call(echo(), { body: big })).toMatchObject({ status: 413 });
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode("x".repeat(10 * 1024)));
        c.close();
      },
    });
    expect(await call(echo(), { body: stream })).toMatchObject({ status: 413 });
    const small = endpoint({ auth: "user", body: schema, maxBodyBytes: 10 }, async () => ok({}));
    expect(await call(small, { body: '{"name":"Ada"}' })).toMatchObject({ status: 413 });
  });

  it("answers 401 without a session and 403 for the wrong role, before reading the body", async () => {
    expect(await call(echo(), { headers: { cookie: "" }, body: "not json" })).toMatchObject({ status: 401 });
    const forged = `next-auth.session-token=${await encode({ token: { uid: "u1", role: "ADMIN", roleCheckedAt: Date.now() }, secret: "another-secret-another-secret-xx" })}`;
    expect(await call(echo(), { headers: { cookie: forged }, body: "{}" })).toMatchObject({ status: 401 });
    const authorOnly = endpoint({ auth: ["INSTRUCTOR", "ADMIN"], body: schema }, async () => ok({}));
    expect(await call(authorOnly, { body: "not json" })).toMatchObject({ status: 403 });
    const open = endpoint({ auth: "public" }, async ({ user }) => ok({ user }));
    expect(await call(open, { headers: { cookie: "" } })).toMatchObject({ status: 200, body: { user: null } });
  });

  it("answers 415 for another content type and 400 for malformed JSON or a body the schema refuses", async () => {
    const form = { "content-type": "application/x-www-form-urlencoded" };
    expect(await call(echo(), { headers: form, body: "name=Ada" })).toMatchObject({ status: 415 });
    expect(await call(echo(), { body: "{" })).toMatchObject({
      status: 400,
      body: { error: "Request body must be valid JSON" },
    });
    expect(await call(echo(), { body: '{"name":"A"}' })).toMatchObject({
      status: 400,
      body: { error: "Invalid request", issues: [{ path: "name" }] },
    });
  });

  it("validates path parameters (404 for a malformed one)", async () => {
    const ep = endpoint({ auth: "user", params: z.object({ id: z.string().regex(/^\d+$/) }) }, async ({ params }) =>
      ok(params),
    );
    expect(await call(ep, {}, { id: "42" })).toMatchObject({ status: 200, body: { id: "42" } });
    expect(await call(ep, {}, { id: "../etc" })).toMatchObject({ status: 404 });
  });

  it("turns an AppError into its answer, headers included, and lets any other error through", async () => {
    const busy = endpoint({ auth: "user" }, async () => {
      throw new AppError(503, "Try again", undefined, { "Retry-After": "1" });
    });
    expect(await call(busy)).toEqual({ status: 503, body: { error: "Try again" }, headers: { "Retry-After": "1" } });
    const bug = endpoint({ auth: "user" }, async () => {
      throw new TypeError("a bug");
    });
    await expect(call(bug)).rejects.toThrow("a bug");
  });
});
