import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { signIn, uniqueEmail } from "./helpers";

const root = path.resolve(__dirname, "..");

/** A new student account, signed in: exam tests never share attempts (one timed mock at a time). */
export async function newLearner(page: Page, name = "Exam Learner") {
  const account = { email: uniqueEmail("exam"), password: "exam-password-123" };
  const r = await page.request.post("/api/signup", { data: { name, ...account } });
  expect(r.status()).toBe(201);
  await signIn(page, account);
  return account;
}

/** Starts a mode from /exams and waits for the attempt page; returns the attempt id. */
export async function startFromHub(page: Page, form: "Timed mock" | "Practice" | "Section", length?: string) {
  await page.goto("/exams");
  const card = page.getByRole("form", { name: form });
  if (length) await card.getByLabel(form === "Timed mock" ? "Length" : "Questions").selectOption({ label: length });
  await card.getByRole("button", { name: /^Start/ }).click();
  await page.waitForURL(/\/exams\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: /^Question 1/ })).toBeVisible();
  await examReady(page);
  return page.url().split("/").at(-1)!;
}

/**
 * Waits until the attempt page takes keys and clicks (ExamRunner marks itself ready once its
 * handlers are attached): a key pressed before hydration on a loaded machine would be lost.
 */
export async function examReady(page: Page) {
  await expect(page.locator("[data-attempt-id]")).toHaveAttribute("data-ready", "true");
}

/** Waits until every answer on the page is stored by the server. */
export async function allSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText("All answers saved");
}

/** The e2e test clock (lib/server/exams/clock.ts): moves the server's exam clock by `ms`. */
export const TEST_CLOCK_FILE = path.join(root, ".coldstart", "test-clock-offset-ms");
export const moveServerClock = (ms: number) => fs.writeFileSync(TEST_CLOCK_FILE, String(ms));
export const resetServerClock = () => fs.rmSync(TEST_CLOCK_FILE, { force: true });

/**
 * How the database says an attempt ended ("LEARNER", "DEADLINE", or null while open), read
 * straight from the e2e database: proves what the server did without a request that could do it.
 */
export function endedByInDb(attemptId: string): string | null {
  const db = new Database(path.join(root, ".coldstart", "e2e.db"), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT "endedBy" FROM "ExamAttempt" WHERE "id" = ?').get(attemptId) as
      { endedBy: string | null } | undefined;
    if (!row) throw new Error(`no attempt ${attemptId} in the e2e database`);
    return row.endedBy;
  } finally {
    db.close();
  }
}

/**
 * Text only the key side of the seed banks carries: every explanation and every option's
 * feedback (a distinctive fragment of each, free of characters JSON or HTML would escape).
 */
export function keyTexts(): string[] {
  const dir = path.join(root, "content", "banks");
  const out: string[] = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".json"))) {
    const bank = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as {
      questions: { stem: string; explanation: string; options: { text: string; feedback?: string }[] }[];
    };
    // What a learner may see; a key fragment that also appears here would prove nothing.
    const shown = bank.questions.flatMap((q) => [q.stem, ...q.options.map((o) => o.text)]).join("\n");
    for (const q of bank.questions) {
      for (const text of [q.explanation, ...q.options.map((o) => o.feedback ?? "")]) {
        const clean = text.split(/["\\<>&'\u2019\u201c\u201d]/).sort((a, b) => b.length - a.length)[0] ?? "";
        const fragment = clean.trim().slice(0, 60);
        if (fragment.length >= 30 && !shown.includes(fragment)) out.push(fragment);
      }
    }
  }
  return out;
}
