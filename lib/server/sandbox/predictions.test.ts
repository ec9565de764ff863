import crypto from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { freshDb } from "@/tests/db";
import { savePredictionSchema } from "@/lib/validations/sandbox";
import type { PrismaClient } from "../platform/prisma";
import { savePrediction } from "./predictions";

const uuid = () => crypto.randomUUID();
let db: PrismaClient;
let cleanup: () => Promise<void>;
let userId: string;

describe("savePrediction", () => {
  beforeEach(async () => {
    ({ db, cleanup } = freshDb());
    userId = (await db.user.create({ data: { email: "p@example.com" } })).id;
  });
  afterEach(() => cleanup());

  it("judges the answer against the engine's figure, computed on the server", async () => {
    const wrong = await savePrediction(db, userId, {
      presetId: "reserved-throttle",
      answer: { type: "number", value: 0 },
      idempotencyKey: uuid(),
    });
    expect(wrong).toEqual({ correct: false, engine: 50, history: { total: 1, correct: 0 } });
    const right = await savePrediction(db, userId, {
      presetId: "reserved-throttle",
      answer: { type: "number", value: 50 },
      idempotencyKey: uuid(),
    });
    expect(right).toEqual({ correct: true, engine: 50, history: { total: 2, correct: 1 } });
    const rows = await db.sandboxPrediction.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.presetId, JSON.parse(r.answer), r.correct])).toEqual([
      ["reserved-throttle", { type: "number", value: 0 }, false],
      ["reserved-throttle", { type: "number", value: 50 }, true],
    ]);
  });

  it("judges a choice by the range holding the figure", async () => {
    const r = await savePrediction(db, userId, {
      presetId: "reserved-rps",
      answer: { type: "choice", index: 0 },
      idempotencyKey: uuid(),
    });
    expect(r).toMatchObject({ correct: true, engine: 0 });
  });

  it("stores a replayed request once and answers it the same way", async () => {
    const input = { presetId: "timeout", answer: { type: "number" as const, value: 3000 }, idempotencyKey: uuid() };
    const first = await savePrediction(db, userId, input);
    const again = await savePrediction(db, userId, { ...input, answer: { type: "number", value: 6000 } });
    expect(again).toEqual(first);
    expect(await db.sandboxPrediction.count()).toBe(1);
    await expect(savePrediction(db, userId, { ...input, presetId: "billing-init" })).rejects.toMatchObject({
      status: 409,
    });
  });

  it("refuses unknown presets, presets without a question and answers that do not fit, saving nothing", async () => {
    const key = uuid();
    await expect(
      savePrediction(db, userId, { presetId: "no-such", answer: { type: "number", value: 1 }, idempotencyKey: key }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      savePrediction(db, userId, {
        presetId: "legacy-burst",
        answer: { type: "number", value: 1 },
        idempotencyKey: key,
      }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      savePrediction(db, userId, {
        presetId: "reserved-throttle",
        answer: { type: "choice", index: 0 },
        idempotencyKey: key,
      }),
    ).rejects.toMatchObject({
      status: 400,
      issues: [{ path: "answer.type", message: 'must be "number"' }],
    });
    await expect(
      savePrediction(db, userId, {
        presetId: "reserved-rps",
        answer: { type: "choice", index: 2 },
        idempotencyKey: key,
      }),
    ).rejects.toMatchObject({
      status: 400,
      issues: [{ path: "answer.index", message: "must be 0..1" }],
    });
    expect(await db.sandboxPrediction.count()).toBe(0);
  });

  it("counts history per learner", async () => {
    const other = (await db.user.create({ data: { email: "q@example.com" } })).id;
    await savePrediction(db, other, {
      presetId: "timeout",
      answer: { type: "number", value: 6000 },
      idempotencyKey: uuid(),
    });
    const mine = await savePrediction(db, userId, {
      presetId: "timeout",
      answer: { type: "number", value: 1 },
      idempotencyKey: uuid(),
    });
    expect(mine.history).toEqual({ total: 1, correct: 0 });
  });
});

describe("the request body", () => {
  it("takes no engine figure or verdict from the client", () => {
    const base = { presetId: "timeout", answer: { type: "number", value: 1 }, idempotencyKey: uuid() };
    expect(savePredictionSchema.safeParse(base).success).toBe(true);
    expect(savePredictionSchema.safeParse({ ...base, correct: true }).success).toBe(false);
    expect(savePredictionSchema.safeParse({ ...base, answer: { type: "number", value: 1, engine: 1 } }).success).toBe(
      false,
    );
    expect(savePredictionSchema.safeParse({ ...base, presetId: "../x" }).success).toBe(false);
    expect(savePredictionSchema.safeParse({ ...base, idempotencyKey: "k" }).success).toBe(false);
  });
});

describe("POST /api/sandbox/predictions", () => {
  const secret = crypto.randomBytes(32).toString("base64url");
  let post: (req: Request) => Promise<Response>;
  let http: { db: PrismaClient; cleanup: () => Promise<void>; url: string };
  let cookie: string;

  beforeAll(async () => {
    http = freshDb();
    process.env.DATABASE_URL = http.url;
    process.env.NEXTAUTH_SECRET = secret;
    process.env.NEXTAUTH_URL = "http://app.test";
    const user = await http.db.user.create({ data: { email: "h@example.com" } });
    const token = {
      sub: user.id,
      uid: user.id,
      role: "STUDENT" as const,
      roleCheckedAt: Date.now(),
      email: user.email,
    };
    cookie = `next-auth.session-token=${await encode({ token, secret })}`;
    ({ POST: post } = await import("@/app/api/sandbox/predictions/route"));
  });
  afterAll(() => http.cleanup());

  const send = (body: unknown, headers: Record<string, string> = { cookie }) =>
    post(
      new NextRequest("http://app.test/api/sandbox/predictions", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      }),
    );

  it("needs a signed-in learner and saves nothing for a visitor", async () => {
    const res = await send(
      { presetId: "timeout", answer: { type: "number", value: 6000 }, idempotencyKey: uuid() },
      {},
    );
    expect(res.status).toBe(401);
    expect(await http.db.sandboxPrediction.count()).toBe(0);
  });

  it("answers 201 with the verdict, and 400 with issues for a bad body", async () => {
    const res = await send({ presetId: "timeout", answer: { type: "number", value: 6000 }, idempotencyKey: uuid() });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ correct: true, engine: 6000, history: { total: 1, correct: 1 } });
    const bad = await send({
      presetId: "timeout",
      answer: { type: "number", value: "x" },
      idempotencyKey: uuid(),
      correct: true,
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: { path: string }[] }).issues.map((i) => i.path).sort()).toEqual([
      "",
      "answer.value",
    ]); // "" = the body itself (the unknown "correct" field)
  });
});
