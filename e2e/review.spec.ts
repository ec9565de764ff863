import { expect, test, type Page } from "@playwright/test";
import { DEMO_STUDENT, expectNoSeriousA11yViolations, screenshot, signIn } from "./helpers";

async function statValue(page: Page, testId: string): Promise<number> {
  await page.goto("/review/stats");
  return Number.parseInt((await page.getByTestId(testId).textContent()) ?? "", 10);
}

test("the demo student reviews ten items with the keyboard only, undoes one, and sees the stats change", async ({
  page,
}) => {
  await signIn(page, DEMO_STUDENT);
  const add = await page.request.post("/api/reviews/cards", {
    data: { cardIds: ["timeout", "retries", "dead-letter-queues", "provisioned-concurrency", "memory-allocation"] },
  });
  expect(add.ok()).toBe(true);
  const todayBefore = await statValue(page, "stat-today");

  // The item sent before answering carries no key.
  const next = await page.request.get("/api/reviews/next");
  expect(JSON.stringify(await next.json())).not.toMatch(/"correct|"why"|correctIds/);

  await page.goto("/review");
  const prompt = page.locator("#item-prompt");
  // Keys act once an item is ready for an answer (not while the next one is loading).
  const ready = page.locator('[data-phase="question"]');
  const done = page.getByTestId("done-count");
  await expect(prompt).toBeVisible();
  await expect(page.getByTestId("feedback")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "review-question");

  const shownItem = () => page.locator("[data-item-id]").getAttribute("data-item-id");
  let lastReviewed = "";
  for (let i = 1; i <= 10; i++) {
    await expect(done).toHaveText(String(i - 1));
    await expect(ready).toBeVisible();
    lastReviewed = (await shownItem()) ?? "";
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
    const feedback = page.getByTestId("feedback");
    await expect(feedback).toBeVisible();
    await expect(feedback.getByText("Why:")).toBeVisible();
    if (i === 1) {
      await expect(page.getByRole("group", { name: "Rate your recall" })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, "review-answered");
    }
    await page.keyboard.press("Enter");
    await expect(done).toHaveText(String(i));
  }

  await expect(ready).toBeVisible();
  expect(await shownItem()).not.toBe(lastReviewed);
  await page.keyboard.press("u");
  await expect(done).toHaveText("9");
  await expect(ready).toBeVisible();
  // The undone item comes back, unanswered.
  expect(await shownItem()).toBe(lastReviewed);
  await expect(page.getByTestId("feedback")).toHaveCount(0);

  // Ctrl+Z undoes too; then review both items again with the keyboard.
  await page.keyboard.press("Control+z");
  await expect(done).toHaveText("8");
  for (const expected of ["9", "10"]) {
    await expect(ready).toBeVisible();
    await page.keyboard.press("2");
    await page.keyboard.press(" ");
    await expect(page.getByTestId("feedback")).toBeVisible();
    await page.keyboard.press(" ");
    await expect(done).toHaveText(expected);
  }

  expect(await statValue(page, "stat-today")).toBe(todayBefore + 10);
  expect(await statValue(page, "stat-streak")).toBe(1);
  await expect(page.getByRole("heading", { name: "Reviews per day" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "review-stats");
});

test("review settings reject bad values with a specific message and save good ones", async ({ page }) => {
  await signIn(page, DEMO_STUDENT, "/review/settings");
  await page.getByLabel("Desired retention").fill("0.99");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("desired retention must be at most 0.97")).toBeVisible();
  const api = await page.request.put("/api/reviews/settings", {
    data: { desiredRetention: 0.5, newPerDay: 20, maxIntervalDays: 100, learningSteps: [], relearningSteps: [] },
  });
  expect(api.status()).toBe(400);

  await page.getByLabel("Desired retention").fill("0.92");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Desired retention")).toHaveValue("0.92");
  await screenshot(page, "review-settings");
});

test("subscribing to the seed question bank brings exam questions into reviews", async ({ page }) => {
  await signIn(page, DEMO_STUDENT, "/review");
  const subscribe = page.getByRole("button", { name: /^Subscribe to/ }).first();
  await subscribe.click();
  await expect(page.getByRole("status").filter({ hasText: /Added \d+ questions/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Unsubscribe/ }).first()).toBeVisible();
});
