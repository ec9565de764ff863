import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";
import { allSaved, examReady, newLearner, startFromHub } from "./exam-helpers";

const option = (page: Page, n: number) => page.locator(`[data-option-index="${n}"]`);
const paletteButton = (page: Page, n: number) =>
  page
    .getByRole("navigation", { name: "Question palette" })
    .getByRole("button", { name: new RegExp(`^Question ${n}:`) });

test("another device resumes the attempt with its answers, and the older device's conflicting save gives way to the newer answer", async ({
  page,
  browser,
}) => {
  test.slow(); // two browsers on a shared 2-core machine: a ceiling (3 × 180 s), never a timing assertion
  const account = await newLearner(page);
  const id = await startFromHub(page, "Timed mock", "Short mock: 20 questions, 48 minutes");
  await page.keyboard.press("1");
  await paletteButton(page, 2).click();
  await page.keyboard.press("f");
  await allSaved(page);

  // A second device: its own browser context (no shared cookies or storage), the same account.
  const laptop = await browser.newContext();
  try {
    const other = await laptop.newPage();
    await signIn(other, account);
    await other.goto("/exams");
    await other.getByRole("region", { name: "In progress" }).getByRole("link", { name: "Resume" }).click();
    await other.waitForURL(`**/exams/${id}`);
    await examReady(other);
    await expect(paletteButton(other, 1)).toHaveAttribute("aria-label", "Question 1: answered");
    await expect(paletteButton(other, 2)).toHaveAttribute("aria-label", "Question 2: unanswered, flagged");
    await paletteButton(other, 1).click();
    await expect(option(other, 1)).toHaveAttribute("data-selected", "true");

    // The second device changes question 1; then the first device, still showing its old answer, changes it too.
    await other.keyboard.press("2");
    await allSaved(other);
    await paletteButton(page, 1).click();
    await page.keyboard.press("3");
    // The server keeps the newer answer and the first device shows it, saying why.
    await expect(option(page, 2)).toHaveAttribute("data-selected", "true");
    await expect(option(page, 3)).not.toHaveAttribute("data-selected", "true");
    await expect(
      page.getByText("Question 1 was changed in another tab or device; showing that answer."),
    ).toBeAttached();
    await allSaved(page);
    await page.reload();
    await examReady(page);
    await paletteButton(page, 1).click();
    await expect(option(page, 2)).toHaveAttribute("data-selected", "true");
  } finally {
    await laptop.close();
  }
});
