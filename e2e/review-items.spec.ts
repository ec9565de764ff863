import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, screenshot, uniqueEmail } from "./helpers";

/** The right statements of every card, as the page shows them (inline code without backticks). */
const cardsDir = path.join(__dirname, "..", "content", "cards");
const rightStatements = new Set(
  fs
    .readdirSync(cardsDir)
    .filter((f) => f.endsWith(".mdx"))
    .flatMap(
      (f) =>
        (matter(fs.readFileSync(path.join(cardsDir, f), "utf8")).data as { misconceptions: { right: string }[] })
          .misconceptions,
    )
    .map((m) => m.right.replace(/`/g, "")),
);

/** Light and dark, desktop and mobile. */
const LOOKS = [
  { name: "desktop", width: 1280, height: 900, dark: false },
  { name: "desktop-dark", width: 1280, height: 900, dark: true },
  { name: "mobile", width: 390, height: 844, dark: false },
  { name: "mobile-dark", width: 390, height: 844, dark: true },
] as const;
type Look = (typeof LOOKS)[number]["name"];

/**
 * Screenshots the current state in every look, and checks axe in one of them (axe takes tens of
 * seconds on a busy machine, so callers alternate the look between light and dark, desktop and mobile).
 */
async function capture(page: Page, name: string, axeIn: Look) {
  for (const look of LOOKS) {
    await page.setViewportSize({ width: look.width, height: look.height });
    await page.emulateMedia({ colorScheme: look.dark ? "dark" : "light" });
    if (look.name === axeIn) await expectNoSeriousA11yViolations(page);
    await screenshot(page, `${name}-${look.name}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: "light" });
}

// Axe on a busy two-core machine takes longer than the default minute per test.
test.describe.configure({ timeout: 600_000 });

test("a new learner meets a true/false item that states the right fact and a four-option item, answers both by keyboard", async ({
  page,
}) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Item Tester");
  await page.getByLabel("Email").fill(uniqueEmail("items"));
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: /Welcome back/ })).toBeVisible();
  const add = await page.request.post("/api/reviews/cards", {
    data: { cardIds: ["provisioned-concurrency", "reserved-concurrency", "retries", "timeout"] },
  });
  expect(add.ok()).toBe(true);

  await page.goto("/review");
  const ready = page.locator('[data-phase="question"]');
  const done = page.getByTestId("done-count");
  let trueFalseSeen = false;
  let choiceSeen = false;
  for (let i = 0; i < 24 && !(trueFalseSeen && choiceSeen); i++) {
    await expect(done).toHaveText(String(i));
    await expect(ready).toBeVisible();
    // Before answering, the item carries neither its key nor the other statement.
    const next = JSON.stringify(await (await page.request.get("/api/reviews/next")).json());
    expect(next).not.toMatch(/correctIds|"why"|mistake/);

    const statement = page.locator("#item-prompt ~ blockquote");
    const options = page.getByRole("group", { name: "Options" }).getByRole("button");
    const feedback = page.getByTestId("feedback");
    if ((await statement.count()) === 1) {
      const text = (await statement.textContent())?.trim() ?? "";
      if (!trueFalseSeen && rightStatements.has(text)) {
        await capture(page, "review-tf-right", "desktop");
        await page.keyboard.press("1"); // True
        await page.keyboard.press("Enter");
        await expect(feedback.getByText("Correct", { exact: true })).toBeVisible();
        await expect(feedback.getByText("The common mistake:")).toBeVisible();
        await expect(feedback.getByText("Actually:")).toHaveCount(0);
        await capture(page, "review-tf-right-answered", "mobile-dark");
        trueFalseSeen = true;
      } else {
        await page.keyboard.press("2"); // False
        await page.keyboard.press("Enter");
        await expect(feedback).toBeVisible();
      }
    } else {
      const count = await options.count();
      if (!choiceSeen && count === 4) {
        await capture(page, "review-choice-four", "desktop-dark");
        const texts = await options.evaluateAll((els) =>
          els.map((e) => e.querySelector("span.flex-1")?.textContent ?? ""),
        );
        const right = texts.findIndex((t) => rightStatements.has(t.trim()));
        expect(right).toBeGreaterThanOrEqual(0);
        expect(texts.filter((t) => rightStatements.has(t.trim()))).toHaveLength(1);
        await page.keyboard.press(String(right + 1));
        await page.keyboard.press("Enter");
        await expect(feedback.getByText("Correct", { exact: true })).toBeVisible();
        await capture(page, "review-choice-four-answered", "mobile");
        choiceSeen = true;
      } else {
        await page.keyboard.press("1");
        await page.keyboard.press("Enter");
        await expect(feedback).toBeVisible();
      }
    }
    await page.keyboard.press("Enter"); // accept the offered rating
  }
  expect(trueFalseSeen).toBe(true);
  expect(choiceSeen).toBe(true);
});

test("changed cards read well and pass axe, with links to where each repeated misconception lives", async ({
  page,
}) => {
  const cards: [string, Look][] = [
    ["cold-start-management", "desktop"],
    ["invocation-types", "mobile-dark"],
    ["environment-variables", "desktop-dark"],
    ["xray-tracing", "mobile"],
  ];
  for (const [id, axeIn] of cards) {
    await page.goto(`/learn/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await capture(page, `card-${id}`, axeIn);
  }
  await page.goto("/learn/cold-start-management");
  await page.getByRole("link", { name: "provisioned concurrency", exact: true }).first().click();
  await expect(page).toHaveURL(/\/learn\/provisioned-concurrency$/);
  await expect(page.locator("#pair-versions-only")).toContainText("$LATEST");
});
