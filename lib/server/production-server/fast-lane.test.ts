// sqlite-only: the fast lane serves only with SQLite's review store (extensions.ts); on
// PostgreSQL, Next's route handler answers every review and every exam autosave.
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { freshDb } from "@/tests/db";
import { loadCards } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { newStateRow } from "@/lib/srs/mapper";
import { serializeState } from "@/lib/srs/snapshot";
import { DEFAULT_REVIEW_SETTINGS } from "@/lib/validations/review-settings";
import securityHeaders from "@/lib/security-headers.json";
import { signAnswer } from "../reviews/answer-token";
import { addCardsToReviews } from "../learn/cards";
import type { PrismaClient } from "../platform/prisma";
import { startAttempt } from "../exams/start";
import { seedFixtureBank } from "../exams/__tests__/fixtures";

// The fast lane runs over real HTTP against a real SQLite file, and its answers are compared
// with the Next route handler's for the same requests: the two transports must not drift.
const secret = crypto.randomBytes(32).toString("base64url");
let db: PrismaClient;
let cleanup: () => Promise<void>;
let server: http.Server;
let base: string;
let cookie: string;
let userId: string;
let itemIds: string[];
let POST: (req: Request) => Promise<Response>;
type Route = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
let PUT: Route;

beforeAll(async () => {
  let url: string;
  ({ db, url, cleanup } = freshDb());
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET = secret;
  await syncContent(db, loadCards(), new Date());
  userId = (await db.user.create({ data: { email: "lane@example.com" } })).id;
  await addCardsToReviews(db, userId, ["timeout", "retries"], new Date());
  itemIds = (await db.reviewState.findMany({ where: { userId }, select: { itemId: true } })).map((s) => s.itemId);
  const jwt = await encode({ token: { sub: userId, uid: userId, role: "STUDENT", roleCheckedAt: Date.now() }, secret });
  cookie = `next-auth.session-token=${jwt}`;
  const { fastLane } = await import("./fast-lane");
  ({ POST } = await import("@/app/api/reviews/route"));
  ({ PUT } = (await import("@/app/api/exams/[attemptId]/answers/[position]/route")) as { PUT: Route });
  server = http.createServer((req, res) => {
    if (!fastLane(req, res)) res.writeHead(404, { "content-type": "text/plain" }).end("not the fast lane");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await cleanup();
});

function answerToken(itemId: string, version = 0) {
  const state = serializeState(newStateRow(new Date()));
  const claim = { userId, itemId, version, correct: true, answer: ["A"], state, settings: DEFAULT_REVIEW_SETTINGS };
  return signAnswer(claim, new Date(), secret);
}

type Sent = {
  body?: string;
  contentType?: string | null;
  cookie?: string | null;
  path?: string;
  method?: string;
  headers?: Record<string, string>;
};
function headersOf(s: Sent) {
  const h: Record<string, string> = { ...s.headers };
  if (s.contentType !== null) h["content-type"] = s.contentType ?? "application/json";
  if (s.cookie !== null) h.cookie = s.cookie ?? cookie;
  return h;
}
const viaLane = (s: Sent) =>
  fetch(`${base}${s.path ?? "/api/reviews"}`, { method: s.method ?? "POST", headers: headersOf(s), body: s.body });
const viaNext = (s: Sent) =>
  POST(new NextRequest("http://localhost/api/reviews", { method: "POST", headers: headersOf(s), body: s.body }));

async function compare(lane: Response, next: Response) {
  const laneBody: unknown = await lane.json();
  expect({ status: lane.status, body: laneBody }).toEqual({ status: next.status, body: await next.json() });
  for (const [k, v] of Object.entries(securityHeaders)) expect(lane.headers.get(k)).toBe(v);
  expect(lane.headers.get("content-type")).toBe("application/json");
  return { status: lane.status, body: laneBody as Record<string, unknown> };
}
const both = async (s: Sent) => compare(...(await Promise.all([viaLane(s), viaNext(s)])));

describe("the fast lane for POST /api/reviews", () => {
  it("leaves every other request to Next", async () => {
    for (const s of [{ method: "GET" }, { path: "/api/reviews/answer" }, { path: "/api/reviewsx" }]) {
      const res = await viaLane({ ...s, body: s.method === "GET" ? undefined : "{}" });
      expect(res.status).toBe(404);
      expect(await res.text()).toBe("not the fast lane");
    }
  });

  it("answers bad requests exactly as the Next route does, recording nothing", async () => {
    const valid = { itemId: itemIds[0], token: answerToken(itemIds[0]!), rating: "good", idempotencyKey: "k-bad-0001" };
    expect(await both({ body: JSON.stringify(valid), cookie: null })).toMatchObject({ status: 401 });
    expect(await both({ body: JSON.stringify(valid), cookie: "next-auth.session-token=forged" })).toMatchObject({
      status: 401,
    });
    expect(await both({ body: JSON.stringify(valid), contentType: "text/plain" })).toMatchObject({ status: 415 });
    expect(await both({ body: "{not json" })).toEqual({
      status: 400,
      body: { error: "Request body must be valid JSON" },
    });
    const invalid = await both({ body: JSON.stringify({ ...valid, rating: "great", idempotencyKey: "k" }) });
    expect(invalid.status).toBe(400);
    expect((invalid.body.issues as { path: string }[]).map((i) => i.path).sort()).toEqual(["idempotencyKey", "rating"]);
    // One bit of the signature flipped, at the same length, so the HMAC comparison itself refuses it.
    const [claim, mac] = valid.token.split(".") as [string, string];
    const flipped = Buffer.from(mac, "base64url");
    flipped[0]! ^= 0x80;
    const forgedToken = `${claim}.${flipped.toString("base64url")}`;
    expect(forgedToken).toHaveLength(valid.token.length);
    const forged = await both({ body: JSON.stringify({ ...valid, token: forgedToken }) });
    expect(forged).toMatchObject({ status: 400, body: { error: expect.stringMatching(/token is invalid/) } });
    expect(await db.reviewLog.count()).toBe(0);
  });

  it("refuses a body over 64 KB with 413", async () => {
    const res = await viaLane({ body: JSON.stringify({ pad: "x".repeat(70_000) }) });
    expect(res.status).toBe(413);
    expect(await db.reviewLog.count()).toBe(0);
  });

  it("records a review once (201), answers the retry as a duplicate (200), and a stale one with 409", async () => {
    const itemId = itemIds[1]!;
    const body = JSON.stringify({ itemId, token: answerToken(itemId), rating: "good", idempotencyKey: "k-lane-0001" });
    const first = await viaLane({ body, path: "/api/reviews?from=test" });
    expect(first.status).toBe(201);
    const recorded = (await first.json()) as { interval: string; due: string };
    const again = await viaLane({ body });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true, itemId, due: recorded.due });
    const other = JSON.stringify({ itemId, token: answerToken(itemId), rating: "easy", idempotencyKey: "k-lane-0002" });
    expect((await viaLane({ body: other })).status).toBe(409);
    expect(await db.reviewLog.count({ where: { userId, itemId } })).toBe(1);
    const state = await db.reviewState.findUniqueOrThrow({ where: { userId_itemId: { userId, itemId } } });
    expect(state).toMatchObject({ version: 1, reps: 1, due: new Date(recorded.due) });
  });
});

describe("the fast lane for PUT /api/exams/:attemptId/answers/:position (exam autosave)", () => {
  let attemptId: string;
  let options: string[];
  let otherAttempt: string;

  beforeAll(async () => {
    await seedFixtureBank(db, { perDomain: { D1: 10, D2: 10, D3: 10, D4: 10 } });
    const now = new Date();
    attemptId = (await startAttempt(db, userId, { mode: "TIMED", count: 10 }, now, 7)).id;
    const answer = await db.examAnswer.findFirstOrThrow({
      where: { attemptId, position: 1 },
      select: { question: { select: { options: { select: { id: true }, orderBy: { position: "asc" } } } } },
    });
    options = answer.question.options.map((o) => o.id);
    const other = await db.user.create({ data: { email: "other@example.com" } });
    otherAttempt = (await startAttempt(db, other.id, { mode: "PRACTICE", count: 5 }, now, 8)).id;
  });

  const save = (revision: number, selected: string[]) =>
    JSON.stringify({ selected, flagged: false, struck: [], revision });
  const pathOf = (id: string, position: number | string) => `/api/exams/${id}/answers/${position}`;
  // The Next route handler gets the path's parameters from Next's router, the lane from its own table.
  async function bothPut(s: Sent & { attempt?: string; position?: number | string }) {
    const attempt = s.attempt ?? attemptId;
    const position = String(s.position ?? 1);
    const sent = { ...s, method: "PUT", path: pathOf(attempt, position) };
    const next = () =>
      PUT(new NextRequest(`http://localhost${sent.path}`, { method: "PUT", headers: headersOf(s), body: s.body }), {
        params: Promise.resolve({ attemptId: attempt, position }),
      });
    // One after the other: both write to the same answer, and a save's outcome depends on what is stored.
    const lane = await viaLane(sent);
    return compare(lane, await next());
  }
  const stored = () =>
    db.examAnswer.findFirstOrThrow({ where: { attemptId, position: 1 }, select: { selected: true, revision: true } });

  it("leaves every other request to Next: subpaths, other methods, other shapes", async () => {
    const id = attemptId;
    for (const s of [
      { method: "PUT", path: `${pathOf(id, 3)}/check` },
      { method: "POST", path: `${pathOf(id, 3)}/check` },
      { method: "POST", path: `${pathOf(id, 3)}/report` },
      { method: "GET", path: pathOf(id, 3) },
      { method: "POST", path: pathOf(id, 3) },
      { method: "PUT", path: `${pathOf(id, 3)}/` },
      { method: "PUT", path: `/api/exams/${id}/answers` },
      { method: "PUT", path: `/api/exams/${id}` },
      { method: "PUT", path: `/api/exams/${id}/answers/%E0%A4%A` },
    ]) {
      const res = await viaLane({ ...s, body: s.method === "GET" ? undefined : save(1, []) });
      expect({ ...s, status: res.status, text: await res.text() }).toEqual({
        ...s,
        status: 404,
        text: "not the fast lane",
      });
    }
    expect(await stored()).toEqual({ selected: "[]", revision: 0 });
  });

  it("refuses what the Next route refuses, with the same answer, and stores nothing", async () => {
    const body = save(1, [options[0]!]);
    expect(await bothPut({ body, cookie: null })).toMatchObject({ status: 401 });
    expect(await bothPut({ body, headers: { "sec-fetch-site": "cross-site" } })).toEqual({
      status: 403,
      body: { error: "Cross-site request refused" },
    });
    expect(await bothPut({ body, headers: { origin: "https://evil.example" } })).toMatchObject({ status: 403 });
    expect(await bothPut({ body, attempt: otherAttempt })).toMatchObject({ status: 404 });
    expect(await bothPut({ body, position: 0 })).toMatchObject({ status: 404 });
    expect(await bothPut({ body, position: "x" })).toMatchObject({ status: 404 });
    expect(await bothPut({ body: save(1, ["not-an-option"]) })).toMatchObject({ status: 400 });
    expect(await bothPut({ body: "{not json" })).toMatchObject({ status: 400 });
    expect(await stored()).toEqual({ selected: "[]", revision: 0 });
    expect(await db.examAnswer.count({ where: { attemptId: otherAttempt, revision: { gt: 0 } } })).toBe(0);
  });

  it("refuses a body over the autosave's 4 KB with 413", async () => {
    const big = JSON.stringify({ selected: [], flagged: false, struck: [], revision: 1, pad: "x".repeat(5000) });
    expect(await bothPut({ body: big })).toEqual({
      status: 413,
      body: { error: "Request body is larger than 4096 bytes" },
    });
    expect(await stored()).toEqual({ selected: "[]", revision: 0 });
  });

  it("saves (200), answers a replay the same, and refuses an older revision with 409 and the stored answer", async () => {
    const path = `${pathOf(attemptId, 1)}?from=test`;
    const first = await viaLane({ method: "PUT", path, body: save(2, [options[1]!]) });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ answer: { selected: [options[1]], revision: 2 } });
    expect(await stored()).toEqual({ selected: JSON.stringify([options[1]]), revision: 2 });
    // The replay and the stale save, through both transports: same status, same body.
    expect(await bothPut({ body: save(2, [options[1]!]) })).toMatchObject({ status: 200 });
    const stale = await bothPut({ body: save(1, [options[2]!]) });
    expect(stale).toMatchObject({ status: 409, body: { current: { selected: [options[1]], revision: 2 } } });
    expect(await stored()).toEqual({ selected: JSON.stringify([options[1]]), revision: 2 });
  });
});
