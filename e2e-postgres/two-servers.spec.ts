import { expect, test, type Page } from "@playwright/test";
import { uniqueEmail } from "../e2e/helpers";
import { SERVER_A, SERVER_B } from "./servers";

// Two app servers on one PostgreSQL database, as behind a load balancer: whatever one server
// writes (the session is a JWT both can read; reviews, undo and sign-in failures live in the
// database), the other sees.

async function signInOn(page: Page, server: string, email: string, password: string) {
  await page.goto(`${server}/signin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("a learner signs in on one server, reviews on the other, and undoes on the first", async ({ page }) => {
  // No demo accounts on a server database: the learner signs up (on server A).
  const email = uniqueEmail("ada");
  const password = "a-long-enough-password";
  await page.goto(`${SERVER_A}/signup`);
  await page.getByLabel("Name").fill("Ada Twoservers");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Welcome back, Ada Twoservers" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  // Sign in on A.
  await signInOn(page, SERVER_A, email, password);
  await expect(page.getByRole("heading", { name: "Welcome back, Ada Twoservers" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(SERVER_A);

  // Review on B: the session cookie from A is accepted there.
  const add = await page.request.post(`${SERVER_B}/api/reviews/cards`, { data: { cardIds: ["timeout", "retries"] } });
  expect(add.status()).toBe(200);
  await page.goto(`${SERVER_B}/review`);
  expect(new URL(page.url()).origin).toBe(SERVER_B);
  const ready = page.locator('[data-phase="question"]');
  const done = page.getByTestId("done-count");
  const shownItem = () => page.locator("[data-item-id]").getAttribute("data-item-id");
  let lastReviewed = "";
  for (let i = 1; i <= 2; i++) {
    await expect(ready).toBeVisible();
    lastReviewed = (await shownItem()) ?? "";
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("feedback")).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(done).toHaveText(String(i));
  }
  await expect(ready).toBeVisible();
  expect(await shownItem()).not.toBe(lastReviewed);

  // Undo on A: A's review page undoes the review B recorded, and shows that item again.
  await page.goto(`${SERVER_A}/review`);
  await expect(ready).toBeVisible();
  expect(await shownItem()).not.toBe(lastReviewed);
  await page.keyboard.press("u");
  await expect(page.getByText("Last review undone.")).toBeVisible();
  await expect(ready).toBeVisible();
  expect(await shownItem()).toBe(lastReviewed);
  await expect(page.getByTestId("feedback")).toHaveCount(0);

  // Both servers count one review today (two recorded, one undone).
  for (const server of [SERVER_A, SERVER_B]) {
    await page.goto(`${server}/review/stats`);
    await expect(page.getByTestId("stat-today")).toHaveText("1");
  }
});

test("the sign-in limit counts failures on both servers together", async ({ page }) => {
  // SIGNIN_MAX_FAILURES=4 on both servers (playwright.postgres.config.ts): two failures on each
  // make four, so the fifth attempt is refused, whichever server it reaches.
  const email = uniqueEmail("mallory");
  for (const server of [SERVER_A, SERVER_B, SERVER_A, SERVER_B]) {
    await signInOn(page, server, email, "guess");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong email or password.");
  }
  await signInOn(page, SERVER_A, email, "guess");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-in attempts");

  // The API attempt goes to B from the browser, so from the same client address the limit counts
  // (Playwright's own request client may connect over ::1 instead of 127.0.0.1: another address).
  await page.goto(`${SERVER_B}/signin`);
  const api = await page.evaluate(async (email) => {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      body: new URLSearchParams({ email, password: "guess", csrfToken, json: "true" }),
    });
    return { status: res.status, retryAfter: res.headers.get("retry-after") };
  }, email);
  expect(api.status).toBe(429);
  expect(api.retryAfter).toMatch(/^\d+$/);
});
