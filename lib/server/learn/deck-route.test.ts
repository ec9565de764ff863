import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { freshDb } from "@/tests/db";
import { seed } from "@/prisma/seed-lib";
import type { PrismaClient } from "../platform/prisma";

// POST /api/reviews/deck as Next calls it: real requests, real session tokens, a real database.
const secret = crypto.randomBytes(32).toString("base64url");
const now = new Date("2026-11-27T10:00:00Z");
let POST: (req: Request) => Promise<Response>;
let db: PrismaClient;
let cleanup: () => Promise<void>;
let cookie: string;
let userId: string;

beforeAll(async () => {
  let url: string;
  ({ db, url, cleanup } = freshDb());
  await seed(db, now);
  userId = (await db.user.create({ data: { email: "new@example.com" } })).id;
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET = secret;
  process.env.NEXTAUTH_URL = "http://app.test";
  ({ POST } = await import("@/app/api/reviews/deck/route"));
  const token = {
    sub: userId,
    uid: userId,
    role: "STUDENT" as const,
    roleCheckedAt: Date.now(),
    email: "new@example.com",
  };
  cookie = `next-auth.session-token=${await encode({ token, secret })}`;
});
afterAll(() => cleanup());

function post(body: string, headers: Record<string, string> = {}) {
  return POST(
    new NextRequest("http://app.test/api/reviews/deck", {
      method: "POST",
      headers: { cookie, "content-type": "application/json", "sec-fetch-site": "same-origin", ...headers },
      body,
    }),
  );
}
const states = () => db.reviewState.count({ where: { userId } });

describe("POST /api/reviews/deck", () => {
  it("refuses a cross-site post, an anonymous one and a wrong deck, adding nothing", async () => {
    const crossSite = await post('{"deck":"lambda"}', {
      "sec-fetch-site": "cross-site",
      origin: "https://evil.example",
    });
    expect(crossSite.status).toBe(403);
    expect((await post('{"deck":"lambda"}', { cookie: "" })).status).toBe(401);
    const wrong = await post('{"deck":"s3"}');
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(await wrong.json())).toContain('deck must be \\"lambda\\"');
    expect((await post("x".repeat(70_000))).status).toBe(413);
    expect(await states()).toBe(0);
  });

  it("adds the deck once, however often it is pressed", async () => {
    const first = await post('{"deck":"lambda"}');
    expect(first.status).toBe(200);
    const body = (await first.json()) as { added: number; deck: { items: number; inReviews: number } };
    expect(body.added).toBeGreaterThan(0);
    expect(body.deck.inReviews).toBe(body.deck.items);
    const [a, b] = await Promise.all([post('{"deck":"lambda"}'), post('{"deck":"lambda"}')]);
    expect([(await a.json()).added, (await b.json()).added]).toEqual([0, 0]);
    expect(await states()).toBe(body.added);
  });
});
