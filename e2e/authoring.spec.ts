import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_INSTRUCTOR, DEMO_STUDENT, signIn, uniqueEmail } from "./helpers";

const fixture = (name: string) => path.join(__dirname, "fixtures", name);

async function importFile(page: Page, name: string) {
  await page.getByLabel("File (.gift, .txt, .json)").setInputFiles(fixture(name));
  await expect(page.getByLabel("Or paste the questions")).not.toHaveValue("");
  await page.getByRole("button", { name: "Import", exact: true }).click();
}

test("an instructor imports a GIFT file with errors, fixes it, edits and previews a question, publishes; a student practises it", async ({
  page,
}) => {
  const title = `E2E Lambda bank ${Date.now()}`;
  await signIn(page, DEMO_INSTRUCTOR, "/author");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create bank" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const bankUrl = page.url();

  // A file with two mistakes: every error with its line, and nothing imported.
  await page.getByRole("link", { name: "Import", exact: true }).click();
  await importFile(page, "bank-broken.gift");
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("The file has 2 errors; nothing was imported");
  await expect(errors).toContainText('line 16: malformed weight "%5O%An Event"');
  await expect(errors).toContainText("line 23: { is not closed by }");
  await page.goto(bankUrl);
  await expect(page.getByRole("heading", { name: "Questions (0)" })).toBeVisible();

  // Fixed: imported, the short answer skipped with its line.
  await page.getByRole("link", { name: "Import", exact: true }).click();
  await importFile(page, "bank-fixed.gift");
  const report = page.getByTestId("import-report");
  await expect(report).toContainText("Imported: created 3");
  await expect(report).toContainText("Line 26: short answer questions are not supported");
  await page.getByRole("link", { name: "Back to the bank" }).click();
  await expect(page.getByRole("heading", { name: "Questions (3)" })).toBeVisible();

  // Edit a question; the preview follows the draft, in practice and in exam mode.
  await page.getByRole("link", { name: "Reserved concurrency" }).click();
  const stem = "Which **one** setting both guarantees and caps the concurrency of a single function?";
  await page.getByLabel("Stem").fill(stem);
  const practice = page.getByRole("tabpanel");
  await expect(practice.locator("#item-prompt")).toHaveText(
    "Which one setting both guarantees and caps the concurrency of a single function?",
  );
  await expect(practice.locator("#item-prompt strong")).toHaveText("one");
  await practice.getByRole("button", { name: /Reserved concurrency/ }).click();
  await practice.getByRole("button", { name: "Check answer" }).click();
  await expect(practice.getByTestId("feedback")).toContainText("Correct");
  await expect(practice).toContainText("It is a floor and a ceiling at once.");
  await page.getByRole("tab", { name: "Practice" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Exam" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel")).toContainText("Question 1 of 75");
  await expect(page.getByRole("tabpanel")).toContainText("Choose one.");
  await expect(page.getByRole("tabpanel")).not.toContainText("It is a floor and a ceiling at once.");

  // A rule broken while typing is named before saving; fixing it lets the question save.
  await page.getByRole("radio", { name: "Multiple response (2+ keys, at least 5 options)" }).check();
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByRole("list", { name: "Problems" })).toContainText("needs at least 2 correct options (has 1)");
  await page.getByRole("radio", { name: "Single response (one key, at least 4 options)" }).check();
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.goto(bankUrl);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: learners can subscribe to it now.")).toBeVisible();
  await expect(page.getByText("Status: published")).toBeVisible();

  // A new student subscribes in /review and gets the bank's questions.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Practice Student");
  await page.getByLabel("Email").fill(uniqueEmail("practice"));
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: /Welcome back/ })).toBeVisible();
  await page.goto("/review");
  await page.getByRole("button", { name: `Subscribe to ${title}` }).click();
  await expect(page.getByText(`Added 3 questions from "${title}".`)).toBeVisible();
  const item = page.locator("[data-item-id]");
  await expect(item).toContainText(title);
  await expect(item.locator("#item-prompt")).not.toBeEmpty();
  // The student answers and rates it by keyboard: a practice answer of this bank now exists.
  await expect(page.locator('[data-phase="question"]')).toBeVisible();
  await page.keyboard.press("1");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("feedback")).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("done-count")).toHaveText("1");

  // Deleting the bank now archives it: learners' history stays, the bank disappears from /author.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await signIn(page, DEMO_INSTRUCTOR, new URL(bankUrl).pathname);
  await page.getByRole("button", { name: "Delete bank" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page).toHaveURL(/\/author\?archived=/);
  await expect(page.getByRole("status").filter({ hasText: "was archived, not deleted" })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect((await page.goto(bankUrl))?.status()).toBe(404);
});

const AUTHOR_PAGES = [
  "/author",
  "/author/reports",
  "/author/banks/seed-lambda-core",
  "/author/banks/seed-lambda-core/import",
  "/author/banks/seed-lambda-core/analysis",
  "/author/banks/seed-lambda-core/questions/new",
  "/author/banks/seed-lambda-core/questions/any-question",
  "/author/banks/seed-lambda-core/questions/any-question/history",
];
const BANK = "/api/author/banks/seed-lambda-core";
const AUTHOR_APIS: [string, string, unknown?][] = [
  ["GET", "/api/author/banks"],
  ["POST", "/api/author/banks", { title: "Not mine" }],
  ["PATCH", BANK, { published: false }],
  ["DELETE", BANK],
  ["GET", `${BANK}/questions`],
  ["POST", `${BANK}/questions`, {}],
  ["GET", `${BANK}/questions/any-question`],
  ["PUT", `${BANK}/questions/any-question`, {}],
  ["DELETE", `${BANK}/questions/any-question`],
  ["POST", `${BANK}/questions/any-question/duplicate`],
  ["PUT", `${BANK}/order`, { order: [] }],
  ["POST", `${BANK}/import`, { format: "gift", text: "Q{=a ~b}" }],
  ["GET", `${BANK}/export?format=gift`],
  ["GET", `${BANK}/analysis`],
  ["GET", "/api/author/reports"],
  ["PATCH", "/api/author/reports/any-report", { status: "DISMISSED" }],
  ["GET", "/api/author/misconceptions"],
];

test("a student gets 403 on every /author page and every authoring API", async ({ page }) => {
  await signIn(page, DEMO_STUDENT);
  for (const url of AUTHOR_PAGES) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  }
  for (const [method, url, data] of AUTHOR_APIS) {
    const response = await page.request.fetch(url, { method, data });
    expect(response.status(), `${method} ${url}`).toBe(403);
    expect(await response.json(), `${method} ${url}`).toEqual({ error: "You do not have permission to do this" });
  }
  // Nothing changed: the seed bank is still published. (Wait for sign-out's own redirect to land
  // before going to the sign-in page, or it can overtake that navigation.)
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await signIn(page, DEMO_INSTRUCTOR, "/author/banks/seed-lambda-core");
  await expect(page.getByText("Status: published")).toBeVisible();
});

test("anonymous visitors are sent to sign in from /author pages and get 401 from the APIs", async ({ page }) => {
  for (const url of AUTHOR_PAGES) {
    await page.goto(url);
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  }
  for (const [method, url, data] of AUTHOR_APIS) {
    expect((await page.request.fetch(url, { method, data })).status(), `${method} ${url}`).toBe(401);
  }
});

test("a long bank is listed 50 questions to a page, numbered and movable across pages, by keyboard", async ({
  page,
}) => {
  await signIn(page, DEMO_INSTRUCTOR, "/author/banks/seed-lambda-core");
  const pages = page.getByRole("navigation", { name: "Question pages" });
  const total = Number((await page.getByRole("heading", { name: /^Questions \(\d+\)$/ }).innerText()).match(/\d+/)![0]);
  expect(total).toBeGreaterThan(100);
  const last = Math.ceil(total / 50);
  await expect(pages).toContainText(`Questions 1–50 of ${total}`);
  await expect(page.getByRole("group", { name: /^Question \d+ actions$/ })).toHaveCount(50);

  // Keyboard: Tab to "Next page" and follow it.
  const next = pages.getByRole("link", { name: "Next page" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(pages).toContainText(`Questions 51–100 of ${total}`);
  await expect(pages.getByText("Page 2", { exact: true })).toHaveAttribute("aria-current", "page");
  // Numbers and moves are the bank's: question 51 can move up onto page 1.
  await expect(page.getByRole("group", { name: "Question 51 actions" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Move question 51 up" })).toBeEnabled();

  // The last page ends with the bank's last question, which cannot move down; past the end shows the last page.
  await page.goto(`/author/banks/seed-lambda-core?page=${last + 5}`);
  await expect(pages).toContainText(`of ${total}`);
  await expect(page.getByRole("button", { name: `Move question ${total} down` })).toBeDisabled();
  await expect(pages.getByRole("link", { name: "Next page" })).toHaveCount(0);
  await pages.getByRole("link", { name: "Page 1", exact: true }).click();
  await expect(page).toHaveURL(/seed-lambda-core$/);
  await expect(page.getByRole("group", { name: "Question 1 actions" })).toBeVisible();
});
