import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";
import { allSaved, newLearner, startFromHub } from "./exam-helpers";

const LOOKS = [
  { name: "desktop-light", width: 1280, height: 800, scheme: "light" },
  { name: "desktop-dark", width: 1280, height: 800, scheme: "dark" },
  { name: "mobile-light", width: 390, height: 844, scheme: "light" },
  { name: "mobile-dark", width: 390, height: 844, scheme: "dark" },
] as const;

test("the exam pages look right and pass axe on desktop and mobile, light and dark", async ({ page }) => {
  test.slow(); // a whole journey on a shared 2-core machine: a ceiling (3 × 180 s), never a timing assertion
  await newLearner(page);
  const id = await startFromHub(page, "Timed mock", "Short mock: 20 questions, 48 minutes");
  await page.keyboard.press("1");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("2");
  await page.keyboard.press("Shift+Digit3");
  await page.keyboard.press("f");
  await allSaved(page);

  const shoot = async (path: string, name: string, ready: () => Promise<void>) => {
    for (const look of LOOKS) {
      await page.setViewportSize({ width: look.width, height: look.height });
      await page.emulateMedia({ colorScheme: look.scheme });
      await page.goto(path);
      await ready();
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, `${name}-${look.name}`);
    }
  };
  await shoot(`/exams/${id}`, "exam-question", () => expect(page.getByRole("timer")).toBeVisible());
  await shoot("/exams", "exam-hub", () => expect(page.getByRole("region", { name: "In progress" })).toBeVisible());

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/exams/${id}`);
  await page.keyboard.press("r");
  await page.getByRole("button", { name: "Submit exam" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, submit exam" }).click();
  await page.waitForURL(/\/results$/);
  await shoot(`/exams/${id}/results`, "exam-results", () => expect(page.getByTestId("scaled-score")).toBeVisible());
  await shoot("/", "dashboard", () => expect(page.getByTestId("readiness")).toBeVisible());
});
