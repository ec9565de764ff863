import Database from "better-sqlite3";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { startServer, type AppServer } from "./server-process";

// Nothing acknowledged is ever lost (README, Durability): learners submit reviews to a real
// production server (npm start's cluster: primary and two workers), the whole process group is
// killed with SIGKILL while requests are in flight, and after a restart every review that was
// answered 2xx is in the log, the database passes integrity_check, and the app serves again.
test.describe.configure({ timeout: 900_000 });

const LEARNERS = 6;
/** Acknowledged reviews after which the server is killed, mid-stream. */
const KILL_AFTER = 150;

type Item = { itemId: string; options: { id: string }[] };

async function learner(server: AppServer, n: number): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL: server.url });
  const email = `durable-${n}@example.com`;
  expect(
    (
      await ctx.post("/api/signup", { data: { name: `Learner ${n}`, email, password: "a-long-enough-password" } })
    ).status(),
  ).toBe(201);
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedIn = await ctx.post("/api/auth/callback/credentials", {
    form: { email, password: "a-long-enough-password", csrfToken, json: "true" },
  });
  expect(signedIn.status()).toBe(200);
  const cards = ["timeout", "retries", "concurrency-and-scaling", "reserved-concurrency", "dead-letter-queues"];
  expect((await ctx.post("/api/reviews/cards", { data: { cardIds: cards } })).ok()).toBe(true);
  return ctx;
}

/** One review: the next item, an answer, a rating. Returns the idempotency key when the rating was acknowledged (2xx). */
async function review(ctx: APIRequestContext): Promise<string | null> {
  const { item } = (await (await ctx.get("/api/reviews/next")).json()) as { item: Item | null };
  if (!item) return null;
  const graded = await ctx.post("/api/reviews/answer", {
    data: { itemId: item.itemId, answer: [item.options[0]!.id] },
  });
  const { token } = (await graded.json()) as { token: string };
  const idempotencyKey = crypto.randomUUID();
  const rated = await ctx.post("/api/reviews", { data: { itemId: item.itemId, token, idempotencyKey } });
  return rated.ok() ? idempotencyKey : null;
}

test("kill -9 of the whole server while learners submit reviews loses no acknowledged review", async () => {
  // COLDSTART_DEMO=0, as a real deployment would run: no demo accounts, no sign-in hint for them.
  const server = await startServer("durability", { WEB_CONCURRENCY: "2", COLDSTART_DEMO: "0" });
  try {
    expect(server.pids().length).toBeGreaterThanOrEqual(4); // tsx, start.ts, the primary, two workers
    const learners = await Promise.all(Array.from({ length: LEARNERS }, (_, n) => learner(server, n)));
    const acknowledged: string[] = [];
    const stream: { killed: Promise<void> | null } = { killed: null };
    await Promise.all(
      learners.map(async (ctx) => {
        while (!stream.killed) {
          const key = await review(ctx).catch(() => null); // requests in flight at the kill fail
          if (key) acknowledged.push(key); // acknowledged, even if after the kill began
          // The kill comes from inside the stream, so the other learners have requests in flight.
          if (acknowledged.length >= KILL_AFTER && !stream.killed) stream.killed = server.kill();
        }
      }),
    );
    await stream.killed;
    expect(server.pids()).toEqual([]);

    await server.restart();
    const db = new Database(server.dbFile, { readonly: true });
    try {
      expect(db.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }]);
      const logged = new Set(
        (db.prepare(`SELECT "idempotencyKey" AS k FROM "ReviewLog"`).all() as { k: string }[]).map((r) => r.k),
      );
      expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(acknowledged.filter((k) => !logged.has(k))).toEqual([]);
    } finally {
      db.close();
    }
    // The app serves again: every learner's session still works and records a review.
    for (const ctx of learners) {
      expect(await review(ctx)).not.toBeNull();
      await ctx.dispose();
    }
    const anonymous = await request.newContext({ baseURL: server.url });
    const signinPage = await (await anonymous.get("/signin")).text();
    expect(signinPage).toContain("Sign in to Coldstart");
    expect(signinPage).not.toMatch(/Demo account|coldstart-demo/);
    const { csrfToken } = (await (await anonymous.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const demo = await anonymous.post("/api/auth/callback/credentials", {
      form: { email: "instructor@coldstart.dev", password: "coldstart-demo", csrfToken, json: "true" },
    });
    expect(demo.status()).toBe(401);
    await anonymous.dispose();
  } finally {
    await server.stop();
  }
});
