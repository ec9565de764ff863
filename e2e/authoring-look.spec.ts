import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_INSTRUCTOR, expectNoSeriousA11yViolations, screenshot, signIn } from "./helpers";

const BANK = "/author/banks/seed-lambda-core";
const API = "/api/author/banks/seed-lambda-core";
const VARIANTS = [
  { name: "desktop-light", width: 1280, height: 900, scheme: "light" as const },
  { name: "desktop-dark", width: 1280, height: 900, scheme: "dark" as const },
  { name: "mobile-light", width: 390, height: 844, scheme: "light" as const },
  { name: "mobile-dark", width: 390, height: 844, scheme: "dark" as const },
];

/** The seed bank's first question; edited once (a new version, since the bank is published). */
async function versionedQuestion(page: Page): Promise<string> {
  const list = (await (await page.request.get(`${API}/questions`)).json()) as {
    questions: { lineageId: string; version: number }[];
  };
  const first = list.questions[0]!;
  if (first.version === 1) {
    const { question } = (await (await page.request.get(`${API}/questions/${first.lineageId}`)).json()) as {
      question: Record<string, unknown> & { explanation: string };
    };
    const { externalId: _id, ...input } = question;
    const saved = await page.request.put(`${API}/questions/${first.lineageId}`, {
      data: { ...input, explanation: `${question.explanation} The condition also covers accounts added later.` },
    });
    expect(await saved.json()).toMatchObject({ outcome: "versioned" });
  }
  return first.lineageId;
}

/** A learner's report on a seed question, written straight into the e2e database (no UI files reports yet). */
function fileReport(lineageId: string) {
  const db = new Database(path.join(__dirname, "..", ".coldstart", "e2e.db"));
  try {
    const question = db
      .prepare(`SELECT "id" FROM "Question" WHERE "lineageId" = ? AND "supersededAt" IS NULL`)
      .get(lineageId) as { id: string };
    const student = db.prepare(`SELECT "id" FROM "User" WHERE "email" = 'student@coldstart.dev'`).get() as {
      id: string;
    };
    db.prepare(
      `INSERT INTO "QuestionReport" ("id", "questionId", "userId", "reason", "message", "status", "note", "createdAt") VALUES (?, ?, ?, 'unclear', ?, 'OPEN', '', ?)`,
    ).run(
      `e2e-report-${Date.now()}`,
      question.id,
      student.id,
      "Option B could also be read as right.",
      new Date().toISOString().replace("Z", "+00:00"),
    );
  } finally {
    db.close();
  }
}

test.beforeAll(() => fs.mkdirSync("screenshots", { recursive: true }));

for (const v of VARIANTS) {
  test(`authoring pages look right and pass axe (${v.name})`, async ({ page }) => {
    // Seven pages, each with axe and a full-page screenshot: a wider ceiling on a shared 2-core machine.
    test.setTimeout(420_000);
    await page.setViewportSize({ width: v.width, height: v.height });
    await page.emulateMedia({ colorScheme: v.scheme });
    await signIn(page, DEMO_INSTRUCTOR, "/author");
    const lineageId = await versionedQuestion(page);
    const look = async (name: string) => {
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, `author-${name}-${v.name}`);
    };

    await expect(page.getByRole("heading", { name: "Your question banks" })).toBeVisible();
    await look("home");

    await page.goto(BANK);
    await expect(page.getByRole("heading", { name: /^Questions \(\d+\)$/ })).toBeVisible();
    await look("bank");

    await page.goto(`${BANK}/questions/${lineageId}`);
    await expect(page.getByRole("tabpanel").locator("#item-prompt")).not.toBeEmpty();
    await look("editor");

    await page.goto(`${BANK}/import`);
    await page.getByLabel("Or paste the questions").fill("Which one?{\n=Right\n~%5O%Wrong\n}\n\nAnother?{=a ~b");
    await page.getByRole("button", { name: "Check file" }).click();
    await expect(page.getByTestId("import-errors")).toContainText('line 3: malformed weight "%5O%Wrong"');
    await expect(page.getByTestId("import-errors")).toContainText("line 6: { is not closed by }");
    await look("import-errors");

    await page.goto(`${BANK}/questions/${lineageId}/history`);
    await expect(page.getByText("Explanation", { exact: true })).toBeVisible();
    await look("history");

    await page.goto(`${BANK}/analysis`);
    await expect(page.getByText(/flagged for review/)).toBeVisible();
    await expect(page.locator("tbody tr").first()).toContainText(/\d+%/);
    await look("analysis");

    await page.goto("/author/reports?status=resolved");
    await expect(page.getByRole("heading", { name: "Reports queue" })).toBeVisible();
    await look("reports");
  });
}

test("the instructor resolves a learner's report with a note, by keyboard, and reaches the editor from it", async ({
  page,
}) => {
  await signIn(page, DEMO_INSTRUCTOR, "/author");
  const lineageId = await versionedQuestion(page);
  fileReport(lineageId);
  await page.goto("/author/reports");
  const item = page.getByRole("listitem").filter({ hasText: "Option B could also be read as right." });
  await expect(item).toContainText("unclear");
  await expect(item.getByRole("link", { name: "Open in the editor" })).toHaveAttribute(
    "href",
    `${BANK}/questions/${lineageId}`,
  );
  await screenshot(page, "author-reports-open");
  await item.getByLabel(/^Note/).focus();
  await page.keyboard.type("Reworded option B so only A is right.");
  await page.keyboard.press("Tab");
  await expect(item.getByRole("button", { name: "Resolve" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Option B could also be read as right.")).toHaveCount(0);
  await page.getByRole("link", { name: "Resolved" }).click();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Option B could also be read as right." }).getByLabel(/^Note/),
  ).toHaveValue("Reworded option B so only A is right.");
});

test("deleting a bank asks first, and Escape cancels it from the keyboard", async ({ page }) => {
  await signIn(page, DEMO_INSTRUCTOR, "/author");
  await page.goto(BANK);
  await page.getByRole("button", { name: "Delete bank" }).click();
  await expect(page.getByRole("button", { name: "Yes, delete it" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Yes, delete it" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete bank" })).toBeVisible();
});
