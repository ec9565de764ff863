// sqlite-only: makes the SQLite file read-only or refuse writes mid-session (PostgreSQL has no file to do this to).
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { freshDb } from "@/tests/db";
import { whileWritesRefused } from "@/tests/refused-writes";
import { loadCards } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { present, presentationSeed } from "@/lib/srs/present";
import { addCardsToReviews } from "../learn/cards";
import { CANNOT_SAVE } from "../platform/storage-errors";
import type { PrismaClient } from "../platform/prisma";
import { loadStoredItem } from "./items";

// A database that becomes read-only or cannot write mid-session: the review API answers 503 with a
// message the review page shows, writes nothing, and the session carries on once it can write.
// Requests go through the real route handlers (the one endpoint wrapper) and the app's own clients.
const secret = crypto.randomBytes(32).toString("base64url");
let app: PrismaClient; // the app's Prisma client, the one the route handlers use
let cleanup: () => Promise<void>;
let cookie: string;
let userId: string;
type Route = (req: Request) => Promise<Response>;
let answerRoute: Route, undoRoute: Route, reviewRoute: Route;

beforeAll(async () => {
  let url: string;
  let db: PrismaClient;
  ({ db, url, cleanup } = freshDb());
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET = secret;
  await syncContent(db, loadCards(), new Date());
  userId = (await db.user.create({ data: { email: "steady@example.com" } })).id;
  await addCardsToReviews(db, userId, ["timeout"], new Date());
  await db.$disconnect();
  const token = { sub: userId, uid: userId, role: "STUDENT" as const, roleCheckedAt: Date.now() };
  cookie = `next-auth.session-token=${await encode({ token, secret })}`;
  ({ db: app } = await import("../platform/db"));
  answerRoute = (await import("@/app/api/reviews/answer/route")).POST;
  undoRoute = (await import("@/app/api/reviews/undo/route")).POST;
  reviewRoute = (await import("@/app/api/reviews/route")).POST;
});
afterAll(() => cleanup());

const call = async (route: Route, path: string, body?: unknown) => {
  const res = await route(
    new NextRequest(`http://localhost${path}`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  return {
    status: res.status,
    retryAfter: res.headers.get("retry-after"),
    body: (await res.json()) as Record<string, unknown>,
  };
};
const snapshot = async () => ({
  states: await app.reviewState.findMany({ where: { userId }, orderBy: { itemId: "asc" } }),
  logs: await app.reviewLog.findMany({ where: { userId }, orderBy: { id: "asc" } }),
  answers: await app.reviewAnswer.findMany({ where: { userId } }),
});
async function rightAnswer(itemId: string) {
  const { reps, lapses } = await app.reviewState.findUniqueOrThrow({ where: { userId_itemId: { userId, itemId } } });
  return present((await loadStoredItem(app, itemId))!, presentationSeed(userId, itemId, reps, lapses)).key.correctIds;
}
const unavailable = { status: 503, retryAfter: "5", body: { error: CANNOT_SAVE } };

describe("a database that cannot take writes mid-session", () => {
  it("read-only: answering and undoing answer 503 and change nothing, then work once it is writable", async () => {
    const itemId = (await app.reviewState.findFirstOrThrow({ where: { userId } })).itemId;
    const answer = { itemId, answer: await rightAnswer(itemId) };
    await app.$executeRawUnsafe("PRAGMA query_only = 1"); // this connection is now read-only
    const before = await snapshot();
    expect(await call(answerRoute, "/api/reviews/answer", answer)).toEqual(unavailable);
    expect(await snapshot()).toEqual(before);
    await app.$executeRawUnsafe("PRAGMA query_only = 0");
    const graded = await call(answerRoute, "/api/reviews/answer", answer);
    expect(graded).toMatchObject({ status: 200, body: { correct: true, repeated: false } });

    const review = { itemId, token: graded.body.token, rating: "good", idempotencyKey: "steady-review-1" };
    expect((await call(reviewRoute, "/api/reviews", review)).status).toBe(201);
    await app.$executeRawUnsafe("PRAGMA query_only = 1");
    const reviewed = await snapshot();
    expect(await call(undoRoute, "/api/reviews/undo")).toEqual(unavailable);
    expect(await snapshot()).toEqual(reviewed);
    await app.$executeRawUnsafe("PRAGMA query_only = 0");
    expect(await call(undoRoute, "/api/reviews/undo")).toMatchObject({ status: 200, body: { itemId } });
  });

  it("a disk that refuses writes: the rating answers 503, and the same submission records once it can write", async () => {
    const [, state] = await app.reviewState.findMany({ where: { userId }, orderBy: { itemId: "asc" } });
    const itemId = state!.itemId;
    const graded = await call(answerRoute, "/api/reviews/answer", { itemId, answer: await rightAnswer(itemId) });
    const review = { itemId, token: graded.body.token, rating: "easy", idempotencyKey: "steady-review-2" };
    const before = await snapshot();
    expect(await whileWritesRefused(() => call(reviewRoute, "/api/reviews", review))).toEqual(unavailable);
    expect(await snapshot()).toEqual(before);
    expect(await call(reviewRoute, "/api/reviews", review)).toMatchObject({ status: 201, body: { rating: "easy" } });
    expect(await app.reviewLog.count({ where: { userId, itemId, undoneAt: null } })).toBe(1);
  });
});
