import Database from "better-sqlite3";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { PEER_HEADER } from "@/lib/server/platform/http/client-ip";
import { CANNOT_SAVE } from "@/lib/server/platform/storage-errors";
import { DEMO_INSTRUCTOR, DEMO_STUDENT, expectNoSeriousA11yViolations, screenshot } from "./helpers";
import { startServer, type AppServer } from "./server-process";

// Tried as an attacker, over real HTTP, against production servers of this spec's own (npm start's
// cluster, two workers, fresh databases): the default configuration (clients connect directly,
// TRUST_PROXY=0) and one behind a reverse proxy (TRUST_PROXY=1). Also, as a learner: a disk that
// refuses writes mid-session, seen in the review page.
test.describe.configure({ mode: "serial", timeout: 600_000 });

let direct: AppServer;
let proxied: AppServer;

const client = (server: AppServer, headers: Record<string, string> = {}) =>
  request.newContext({ baseURL: server.url, extraHTTPHeaders: headers });

const csrfToken = async (ctx: APIRequestContext) =>
  ((await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
/** NextAuth's credentials sign-in as the sign-in form sends it (CSRF token, JSON answer). */
async function signIn(
  ctx: APIRequestContext,
  email: string,
  password: string,
  headers: Record<string, string> = {},
  csrf?: string,
) {
  const form = { email, password, csrfToken: csrf ?? (await csrfToken(ctx)), json: "true" };
  return ctx.post("/api/auth/callback/credentials", { form, headers });
}
async function signUp(ctx: APIRequestContext, email: string) {
  return ctx.post("/api/signup", { data: { name: "Probe", email, password: "a-long-enough-password" } });
}
const statuses = (responses: { status(): number }[]) =>
  responses.reduce<Record<number, number>>((acc, r) => ({ ...acc, [r.status()]: (acc[r.status()] ?? 0) + 1 }), {});
const sql = <T>(server: AppServer, query: string, ...params: unknown[]) => {
  const db = new Database(server.dbFile, { readonly: true });
  try {
    return db.prepare(query).all(...params) as T[];
  } finally {
    db.close();
  }
};

test.describe("clients connecting directly (TRUST_PROXY=0)", () => {
  test.beforeAll(async () => {
    test.setTimeout(600_000);
    direct = await startServer("direct", { WEB_CONCURRENCY: "2" });
  });
  test.afterAll(async () => {
    await direct?.stop();
  });

  test("a disk that refuses writes mid-session: the review page says so, keeps the learner's place, and carries on", async ({
    page,
  }) => {
    await page.goto(`${direct.url}/signin?callbackUrl=/review`);
    // The embedded quick start's sign-in page names its demo accounts (e2e/durability.spec.ts: not without them).
    await expect(page.getByText("Trying it out? Demo accounts:")).toBeVisible();
    await page.getByLabel("Email").fill(DEMO_STUDENT.email);
    await page.getByLabel("Password").fill(DEMO_STUDENT.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((u) => u.pathname === "/review");
    const added = await page.request.post(`${direct.url}/api/reviews/cards`, { data: { cardIds: ["timeout"] } });
    expect({ status: added.status(), body: await added.text() }).toEqual({ status: 200, body: '{"added":6}' });
    await page.reload();
    const card = page.locator("section[data-item-id]");
    const itemId = await card.getAttribute("data-item-id");
    const option = page.getByRole("group", { name: "Options" }).getByRole("button").first();
    await option.click();

    let allowWrites = direct.refuseWrites();
    try {
      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(CANNOT_SAVE);
    } finally {
      allowWrites();
    }
    await expect(option).toHaveAttribute("aria-pressed", "true");
    await expect(card).toHaveAttribute("data-item-id", itemId!);
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByTestId("feedback")).toBeVisible();
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);

    allowWrites = direct.refuseWrites();
    try {
      await page.keyboard.press("Enter"); // accept the default rating
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(CANNOT_SAVE);
      await screenshot(page, "review-cannot-save-desktop");
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme: "dark" });
      await screenshot(page, "review-cannot-save-mobile-dark");
      await expectNoSeriousA11yViolations(page);
    } finally {
      allowWrites();
    }
    await expect(page.getByRole("group", { name: "Rate your recall" })).toBeVisible();
    await expect(card).toHaveAttribute("data-item-id", itemId!);
    await page.keyboard.press("Enter");
    await expect(card).not.toHaveAttribute("data-item-id", itemId!);
    expect(sql(direct, `SELECT COUNT(*) AS n FROM "ReviewLog" WHERE "itemId" = ?`, itemId)).toEqual([{ n: 1 }]);
    expect(sql(direct, "PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
  });

  test("a wrong answer cannot be re-graded right, and a cross-site undo is refused and changes nothing", async () => {
    const learner = await client(direct);
    expect((await signUp(learner, "learner@example.com")).status()).toBe(201);
    expect((await signIn(learner, "learner@example.com", "a-long-enough-password")).status()).toBe(200);
    expect((await learner.post("/api/reviews/cards", { data: { cardIds: ["timeout", "retries"] } })).ok()).toBe(true);
    type Item = { itemId: string; options: { id: string }[] };
    type Graded = { correct: boolean; repeated: boolean; token: string; key: { correctIds: string[] } };
    // Answer items with their first option until one is wrong (the key is unknown before answering).
    let wrong: { item: Item; graded: Graded } | null = null;
    while (!wrong) {
      const { item } = (await (await learner.get("/api/reviews/next")).json()) as { item: Item };
      const graded = (await (
        await learner.post("/api/reviews/answer", { data: { itemId: item.itemId, answer: [item.options[0]!.id] } })
      ).json()) as Graded;
      if (!graded.correct) wrong = { item, graded };
      else
        await learner.post("/api/reviews", {
          data: { itemId: item.itemId, token: graded.token, idempotencyKey: crypto.randomUUID() },
        });
    }
    const { item, graded } = wrong;
    const again = await learner.post("/api/reviews/answer", {
      data: { itemId: item.itemId, answer: graded.key.correctIds },
    });
    expect(await again.json()).toMatchObject({ correct: false, repeated: true, allowed: ["again"] });
    const { token } = (await again.json()) as Graded;
    const easy = await learner.post("/api/reviews", {
      data: { itemId: item.itemId, token, rating: "easy", idempotencyKey: crypto.randomUUID() },
    });
    expect(easy.status()).toBe(400);
    expect(await easy.json()).toEqual({ error: "A wrong answer is always rated Again" });
    const rated = await learner.post("/api/reviews", {
      data: { itemId: item.itemId, token, idempotencyKey: crypto.randomUUID() },
    });
    expect(await rated.json()).toMatchObject({ rating: "again", itemId: item.itemId });

    const logs = () => sql<{ undoneAt: string | null }>(direct, `SELECT "undoneAt" FROM "ReviewLog" ORDER BY "id"`);
    const before = logs();
    for (const headers of [{ "Sec-Fetch-Site": "cross-site" }, { Origin: "https://evil.example" }] as Record<
      string,
      string
    >[]) {
      const undo = await learner.post("/api/reviews/undo", { headers });
      expect(undo.status()).toBe(403);
      expect(await undo.json()).toEqual({ error: "Cross-site request refused" });
    }
    expect(logs()).toEqual(before);
    // From the app's own page it works.
    expect(
      await (await learner.post("/api/reviews/undo", { headers: { "Sec-Fetch-Site": "same-origin" } })).json(),
    ).toEqual({ itemId: item.itemId });
    await learner.dispose();
  });

  test("a 5 MB sign-up body is refused with 413 before it is parsed", async () => {
    const ctx = await client(direct);
    const body = JSON.stringify({
      name: "x".repeat(5 * 1024 * 1024),
      email: "big@example.com",
      password: "a-long-enough-password",
    });
    const res = await ctx.post("/api/signup", { data: body, headers: { "content-type": "application/json" } });
    expect(res.status()).toBe(413);
    expect(sql(direct, `SELECT COUNT(*) AS n FROM "User" WHERE "email" = 'big@example.com'`)).toEqual([{ n: 0 }]);
    await ctx.dispose();
  });

  test("40 concurrent wrong guesses: at most 10 reach the password check; rotating X-Forwarded-For (or the peer-address header) does not escape the limit", async () => {
    const ctx = await client(direct);
    expect((await signUp(ctx, "victim@example.com")).status()).toBe(201);
    const token = await csrfToken(ctx); // one CSRF cookie for the whole burst
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(ctx, "victim@example.com", `guess-${i}`, {}, token)),
    );
    const counts = statuses(guesses);
    expect(Object.keys(counts).sort()).toEqual(["401", "429"]); // 401: the password was checked and wrong
    expect(counts[401]).toBeLessThanOrEqual(10);
    expect(counts[401]! + counts[429]!).toBe(40);

    // TRUST_PROXY=0: a forged X-Forwarded-For per request changes nothing; the socket's address counts.
    // So does forging the header the server itself fills in from the socket (client-ip.ts PEER_HEADER).
    expect((await signUp(ctx, "victim2@example.com")).status()).toBe(201);
    const rotating: number[] = [];
    for (let i = 0; i < 12; i++) {
      const forged = { "X-Forwarded-For": `198.18.0.${i}`, [PEER_HEADER]: `198.18.2.${i}` };
      rotating.push((await signIn(ctx, "victim2@example.com", "wrong", forged)).status());
    }
    expect(rotating).toEqual([...Array<number>(10).fill(401), 429, 429]);
    const limited = await signIn(ctx, "victim2@example.com", "a-long-enough-password", {
      "X-Forwarded-For": "198.18.1.1",
    });
    expect(limited.status()).toBe(429);
    expect(limited.headers()["retry-after"]).toMatch(/^\d+$/);
    await ctx.dispose();
  });

  test("60 sign-ups in a row from one address are limited", async () => {
    const ctx = await client(direct);
    const codes: number[] = [];
    for (let i = 0; i < 60; i++) codes.push((await signUp(ctx, `flood-${i}@example.com`)).status());
    const firstRefused = codes.indexOf(429);
    expect(firstRefused).toBeGreaterThan(0);
    expect(codes.slice(0, firstRefused).every((c) => c === 201)).toBe(true);
    expect(codes.slice(firstRefused).every((c) => c === 429)).toBe(true);
    // 30 per hour per address (SIGNUP_MAX_PER_IP), three of them spent by the tests above.
    expect(firstRefused).toBe(27);
    await ctx.dispose();
  });
});

test.describe("behind a reverse proxy (TRUST_PROXY=1)", () => {
  test.beforeAll(async () => {
    test.setTimeout(600_000);
    proxied = await startServer("proxied", { WEB_CONCURRENCY: "2", TRUST_PROXY: "1" });
  });
  test.afterAll(async () => {
    await proxied?.stop();
  });

  test("behind a proxy (TRUST_PROXY=1): 15 wrong guesses from another address do not lock the instructor out", async () => {
    const attacker = await client(proxied, { "X-Forwarded-For": "203.0.113.66" });
    const guesses: number[] = [];
    for (let i = 0; i < 15; i++) guesses.push((await signIn(attacker, DEMO_INSTRUCTOR.email, `guess-${i}`)).status());
    expect(guesses).toEqual([...Array<number>(10).fill(401), ...Array<number>(5).fill(429)]);
    // Even the right password is refused from the attacker's address now…
    expect((await signIn(attacker, DEMO_INSTRUCTOR.email, DEMO_INSTRUCTOR.password)).status()).toBe(429);
    // …but the owner, elsewhere, signs in.
    const owner = await client(proxied, { "X-Forwarded-For": "198.51.100.10" });
    const ok = await signIn(owner, DEMO_INSTRUCTOR.email, DEMO_INSTRUCTOR.password);
    expect(ok.status()).toBe(200);
    expect((await owner.get("/api/author/banks")).status()).toBe(200);
    await attacker.dispose();
    await owner.dispose();
  });

  test("behind a proxy: after guesses from many addresses, new devices wait, the owner's known browser signs in", async () => {
    // The owner has signed in from this browser before: it holds the account's device cookie.
    const browser = await client(proxied, { "X-Forwarded-For": "198.51.100.30" });
    expect((await signIn(browser, DEMO_STUDENT.email, DEMO_STUDENT.password)).status()).toBe(200);
    const device = (await browser.storageState()).cookies.find((c) => c.name === "coldstart-device");
    expect(device).toMatchObject({ path: "/api/auth", httpOnly: true });
    // 50 failures (the account's limit for unknown devices) from five addresses, 10 each.
    for (let a = 0; a < 5; a++) {
      const attacker = await client(proxied, { "X-Forwarded-For": `192.0.2.${a + 10}` });
      for (let i = 0; i < 10; i++)
        expect((await signIn(attacker, DEMO_STUDENT.email, `guess-${a}-${i}`)).status()).toBe(401);
      await attacker.dispose();
    }
    const newDevice = await client(proxied, { "X-Forwarded-For": "198.51.100.31" });
    expect((await signIn(newDevice, DEMO_STUDENT.email, DEMO_STUDENT.password)).status()).toBe(429);
    const signedOut = await browser.post("/api/auth/signout", {
      form: { csrfToken: await csrfToken(browser), json: "true" },
    });
    expect(signedOut.ok()).toBe(true);
    // The same browser from another network still signs in.
    expect(
      (
        await signIn(browser, DEMO_STUDENT.email, DEMO_STUDENT.password, { "X-Forwarded-For": "203.0.113.200" })
      ).status(),
    ).toBe(200);
    await newDevice.dispose();
    await browser.dispose();
  });
});
