import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";
import { allSaved, newLearner, startFromHub } from "./exam-helpers";

const LOOKS = [
  { name: "desktop-light", width: 1280, height: 800, scheme: "light" },
  { name: "desktop-dark", width: 1280, height: 800, scheme: "dark" },
  { name: "mobile-light", width: 390, height: 844, scheme: "light" },
  { name: "mobile-dark", width: 390, height: 844, scheme: "dark" },
] as const;

/** Screenshots of one page in every look; axe in two of them (light desktop, dark mobile), as axe is slow on long pages. */
async function shoot(page: Page, path: string, name: string, ready: () => Promise<void>) {
  for (const look of LOOKS) {
    await page.setViewportSize({ width: look.width, height: look.height });
    await page.emulateMedia({ colorScheme: look.scheme });
    await page.goto(path);
    await ready();
    if (look.name === "desktop-light" || look.name === "mobile-dark") await expectNoSeriousA11yViolations(page);
    await screenshot(page, `${name}-${look.name}`);
    await page.screenshot({ path: `screenshots/${name}-${look.name}-top.png` }); // the first screenful, for tall pages
  }
}

async function shortMockInProgress(page: Page) {
  await newLearner(page);
  const id = await startFromHub(page, "Timed mock", "Short mock: 20 questions, 48 minutes");
  await page.keyboard.press("1");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("2");
  await page.keyboard.press("Shift+Digit3");
  await page.keyboard.press("f");
  await allSaved(page);
  return id;
}

test("an exam in progress and the exam hub look right and pass axe on desktop and mobile, light and dark", async ({
  page,
}) => {
  test.slow(); // 8 screenshots and 4 axe runs on a shared 2-core machine: a ceiling, never a timing assertion
  const id = await shortMockInProgress(page);
  await shoot(page, `/exams/${id}`, "exam-question", () => expect(page.getByRole("timer")).toBeVisible());
  await shoot(page, "/exams", "exam-hub", () =>
    expect(page.getByRole("region", { name: "In progress" })).toBeVisible(),
  );
});

test("results and the dashboard's readiness look right and pass axe on desktop and mobile, light and dark", async ({
  page,
}) => {
  test.slow(); // as above
  const id = await shortMockInProgress(page);
  await page.keyboard.press("r");
  await page.getByRole("button", { name: "Submit exam" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, submit exam" }).click();
  await page.waitForURL(/\/results$/);
  await shoot(page, `/exams/${id}/results`, "exam-results", () =>
    expect(page.getByTestId("scaled-score")).toBeVisible(),
  );
  await shoot(page, "/", "dashboard", () => expect(page.getByTestId("readiness")).toBeVisible());
});
