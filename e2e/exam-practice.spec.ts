import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";
import { newLearner, startFromHub } from "./exam-helpers";

test("practice explains each answer, the readiness estimate leads to the weakest domain, and missed questions come back", async ({
  page,
}) => {
  test.slow(); // a whole journey on a shared 2-core machine: a ceiling (3 × 180 s), never a timing assertion
  await newLearner(page);
  await page.goto("/");
  await expect(page.getByTestId("readiness")).toContainText("Not enough evidence for an estimate yet");

  await startFromHub(page, "Practice", "10");
  await expect(page.getByRole("heading", { name: "Practice" })).toBeVisible();
  // Keyboard only: a number chooses, Enter checks, the arrow moves on. Three answered, seven skipped.
  for (let n = 1; n <= 3; n++) {
    await expect(page.getByRole("heading", { name: `Question ${n} of 10` })).toBeVisible();
    const multiple = (await page.locator("#question-instructions").textContent())!.startsWith("Select TWO");
    await page.keyboard.press("1");
    if (multiple) await page.keyboard.press("2");
    await page.keyboard.press("Enter");
    const feedback = page.getByTestId("practice-feedback");
    await expect(feedback).toContainText(/^(Correct\.|Not quite\.)/);
    await expect(page.getByText(/^(Correct|Wrong) option\./)).toHaveCount(
      await page.locator("[data-option-index]").count(),
    );
    // A checked answer is locked.
    await expect(page.locator("[data-option-index] input").first()).toBeDisabled();
    if (n === 1) {
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, "exam-practice-feedback");
    }
    await page.keyboard.press("ArrowRight");
  }
  await page.keyboard.press("r");
  await page.getByRole("button", { name: "Submit exam" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, submit exam" }).click();
  await page.waitForURL(/\/results$/);
  await expect(page.getByTestId("review-count")).toHaveText("Showing 10 of 10 questions.");
  const missed = 10 - (await page.locator('[data-outcome="correct"]').count());
  expect(missed).toBeGreaterThanOrEqual(7);

  // The dashboard now estimates readiness and offers the weakest domain in one click.
  await page.goto("/");
  const readiness = page.getByTestId("readiness");
  await expect(readiness.getByTestId("predicted-score")).toHaveText(/^\d{3,4}$/);
  await expect(readiness).toContainText(/likely between \d+ and \d+/);
  await readiness.getByText("How this is estimated").click();
  await expect(readiness).toContainText("an answer 30 days old counts half");
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "dashboard-readiness");
  const study = readiness.getByRole("button", { name: /^Study your weakest domain: (D\d)/ });
  const domain = (await study.textContent())!.match(/(D\d)/)![1];
  await study.click();
  await page.waitForURL(/\/exams\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: new RegExp(`^Section: ${domain} `) })).toBeVisible();

  // Missed questions: exactly the ones got wrong or skipped.
  await page.goto("/exams");
  const card = page.getByRole("form", { name: "Missed questions" });
  await expect(card).toContainText(`${missed} questions you got wrong (or skipped)`);
  await card.getByRole("button", { name: "Practise missed questions" }).click();
  await page.waitForURL(/\/exams\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: "Missed questions" })).toBeVisible();
  await expect(page.getByRole("heading", { name: new RegExp(`^Question 1 of ${missed}$`) })).toBeVisible();
});
