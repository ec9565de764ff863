import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, screenshot, signIn, uniqueEmail } from "./helpers";

/** A brand-new student account, signed in, landing on `path`. */
async function newStudent(page: Page, path: string) {
  const account = { email: uniqueEmail("first"), password: "a-long-enough-password" };
  const res = await page.request.post("/api/signup", { data: { name: "Nia Newcomer", ...account } });
  expect(res.status()).toBe(201);
  await signIn(page, account, path);
}

const startButton = (page: Page) => page.getByRole("button", { name: /^Add the Lambda deck \(\d+ cards\)/ });

test("a new student's dashboard offers the Lambda deck; one click adds it and opens the first review", async ({
  page,
}) => {
  await newStudent(page, "/");
  await expect(page.getByRole("heading", { name: "Welcome back, Nia Newcomer" })).toBeVisible();
  const starter = page.getByTestId("starter-deck");
  await expect(starter.getByRole("heading", { name: "New here? Start with the Lambda deck" })).toBeVisible();
  await expect(page.getByTestId("due-count")).toHaveText("0");
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "starter-dashboard-desktop");

  await startButton(page).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.locator("#item-prompt")).toBeVisible();
  await expect(page.locator('[data-phase="question"]')).toBeVisible();
  await screenshot(page, "starter-first-review");

  // Once the deck is in, neither page offers it again, and the dashboard counts the items due. The
  // logo is a client-side navigation to /, which the proxy rewrites to the dashboard for a session.
  await page.getByRole("link", { name: "Coldstart" }).click();
  await expect(page.getByRole("heading", { name: "Welcome back, Nia Newcomer" })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("starter-deck")).toHaveCount(0);
  await expect(page.getByTestId("due-count")).not.toHaveText("0");
});

test("a new student's /review offers the deck instead of an empty page and starts in place", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await newStudent(page, "/review");
  const starter = page.getByTestId("starter-deck");
  await expect(starter.getByRole("heading", { name: "Start with the Lambda deck" })).toBeVisible();
  await expect(page.getByText("Nothing to review yet")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "starter-review-mobile-dark");
  await expect(page.getByTestId("remaining-count")).toHaveCount(0);

  // The keyboard reaches the button and Enter presses it.
  await startButton(page).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-phase="question"]')).toBeVisible();
  await expect(page.locator("#item-prompt")).toBeVisible();
  await expect(starter).toHaveCount(0);
  await expect(page).toHaveURL(/\/review$/);
});

test("the deck endpoint is idempotent, checks its body, and refuses cross-site and anonymous calls", async ({
  page,
  playwright,
  baseURL,
}) => {
  await newStudent(page, "/review");
  const first = await page.request.post("/api/reviews/deck", { data: { deck: "lambda" } });
  expect(first.status()).toBe(200);
  const { added, deck } = (await first.json()) as { added: number; deck: { items: number; inReviews: number } };
  expect(added).toBeGreaterThan(0);
  expect(deck.inReviews).toBe(deck.items);
  expect(added).toBe(deck.items);

  // Pressed twice (a double click, a second tab): nothing more is added.
  const again = await page.request.post("/api/reviews/deck", { data: { deck: "lambda" } });
  expect(again.status()).toBe(200);
  expect(await again.json()).toEqual({ added: 0, deck });

  const bad = await page.request.post("/api/reviews/deck", { data: { deck: "s3" } });
  expect(bad.status()).toBe(400);
  expect(JSON.stringify(await bad.json())).toContain('deck must be \\"lambda\\"');

  const crossSite = await page.request.post("/api/reviews/deck", {
    data: { deck: "lambda" },
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
  });
  expect(crossSite.status()).toBe(403);

  const anonymous = await playwright.request.newContext({ baseURL });
  const noSession = await anonymous.post("/api/reviews/deck", { data: { deck: "lambda" } });
  expect(noSession.status()).toBe(401);
  await anonymous.dispose();
});
