import { expect, test } from "@playwright/test";
import { DEMO_STUDENT, expectNoSeriousA11yViolations, screenshot, signIn } from "./helpers";

test("a student browses the cards, filters by domain, opens a card, watches it in the sandbox and adds it to reviews", async ({
  page,
}) => {
  await signIn(page, DEMO_STUDENT, "/learn");
  const count = page.getByTestId("card-count");
  await expect(count).toHaveText(/^(\d+) of \1 cards$/);
  const total = Number((await count.textContent())!.split(" ")[0]);
  expect(total).toBeGreaterThanOrEqual(45);
  await expect(page.getByRole("heading", { name: /Key concepts/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "learn-desktop");

  await page.getByRole("combobox", { name: "Exam domain" }).selectOption("D4");
  await expect(page).toHaveURL(/domain=D4/);
  await expect(count).not.toHaveText(`${total} of ${total} cards`);
  const tiles = page.getByTestId("card-tile");
  const d4 = await tiles.count();
  expect(d4).toBeGreaterThan(0);
  expect(d4).toBeLessThan(total);
  for (let i = 0; i < d4; i++) await expect(tiles.nth(i).getByLabel(/^D4:/)).toBeVisible();

  await page.getByRole("combobox", { name: "Exam domain" }).selectOption("");
  await page.getByLabel("Search cards").fill("reserved concurrency");
  await page.getByRole("link", { name: "Reserved concurrency", exact: true }).click();

  await expect(page).toHaveURL(/\/learn\/reserved-concurrency$/);
  await expect(page.getByRole("heading", { level: 1, name: "Reserved concurrency" })).toBeVisible();
  const pair = page.getByTestId("misconception").first();
  await expect(pair.getByText("You might think…")).toBeVisible();
  await expect(pair.getByText("Actually…")).toBeVisible();
  await expect(pair.getByText("Because…")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Related cards" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "card-desktop");

  await page.getByRole("link", { name: "Watch it in the sandbox" }).click();
  await expect(page).toHaveURL(/\/sandbox\?scenario=reserved-throttle/);
  await expect(page.getByTestId("scenario-id")).toHaveText("reserved-throttle");
  await page.goBack();

  await page.getByRole("button", { name: "Add to my reviews" }).click();
  await expect(page.getByText("In your reviews")).toBeVisible();
  await expect(page.getByTestId("progress-badge")).toHaveText("New");
  await expect(page.getByRole("status").filter({ hasText: /Added \d+ review items/ })).toBeVisible();

  await page.goto("/learn?progress=new");
  await expect(page.getByRole("link", { name: "Reserved concurrency", exact: true })).toBeVisible();
  await expect(page.getByTestId("card-tile")).toHaveCount(1);
});

test("an unknown card id is a real 404 page", async ({ page }) => {
  const response = await page.goto("/learn/no-such-card");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a visitor can read a card and is asked to sign in before adding it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/learn/timeout");
  await expect(page.getByRole("heading", { level: 1, name: "Timeout" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to add to your reviews" })).toBeVisible();
  await screenshot(page, "card-mobile");
  const api = await page.request.post("/api/reviews/cards", { data: { cardIds: ["timeout"] } });
  expect(api.status()).toBe(401);
});

test("adding an unknown card or a malformed request changes nothing and says why", async ({ page }) => {
  await signIn(page, DEMO_STUDENT);
  const unknown = await page.request.post("/api/reviews/cards", { data: { cardIds: ["no-such-card"] } });
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: "Card no-such-card not found" });
  const bad = await page.request.post("/api/reviews/cards", { data: { cardIds: "timeout" } });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe("cardIds");
  const form = await page.request.post("/api/reviews/cards", {
    headers: { "content-type": "text/plain" },
    data: JSON.stringify({ cardIds: ["timeout"] }),
  });
  expect(form.status()).toBe(415);
  expect(
    ((await page.request.get("/api/learn/progress").then((r) => r.json())) as { progress: Record<string, string> })
      .progress.timeout,
  ).toBe("not-started");
});
