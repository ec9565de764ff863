import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";
import { pause, predictNumber, runAndWait } from "./sandbox-helpers";

const LOOKS = [
  { name: "desktop-light", width: 1280, height: 900, scheme: "light" as const },
  { name: "desktop-dark", width: 1280, height: 900, scheme: "dark" as const },
  { name: "mobile-light", width: 390, height: 844, scheme: "light" as const },
  { name: "mobile-dark", width: 390, height: 844, scheme: "dark" as const },
];

/** Checks axe, saves a screenshot, and checks nothing is wider than the viewport. */
async function look(page: Page, state: string, name: string) {
  await expectNoSeriousA11yViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${state}: the page scrolls sideways`).toBeLessThanOrEqual(0);
  await screenshot(page, `sandbox-${state}-${name}`);
}

for (const l of LOOKS) {
  test.describe(`sandbox looks (${l.name})`, () => {
    test.beforeEach(async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width: l.width, height: l.height });
      // Reduced motion: a finished run is shown at its end, so screenshots are stable.
      await page.emulateMedia({ colorScheme: l.scheme, reducedMotion: "reduce" });
    });

    test("gallery, a preset's question, a blank scenario", async ({ page }) => {
      await page.goto("/sandbox");
      await expect(page.getByTestId("preset").first()).toBeVisible();
      await look(page, "gallery", l.name);
      await page.goto("/sandbox?scenario=reserved-throttle");
      await expect(page.getByRole("heading", { name: "Predict, then run" })).toBeVisible();
      await look(page, "predict", l.name);
      await page.goto("/sandbox?new=1");
      await expect(page.getByRole("button", { name: "Run", exact: true })).toBeEnabled();
      await look(page, "scratch", l.name);
    });

    test("a run: summary, playback, lanes, charts, log; then the JSON with errors", async ({ page }) => {
      await page.goto("/sandbox?scenario=reserved-throttle");
      await predictNumber(page, 0);
      await runAndWait(page);
      await pause(page);
      await expect(page.locator(".uplot").first()).toBeVisible();
      await expect(page.getByText("Latency distribution").first()).toBeVisible();
      await page.getByTestId("lanes").hover({ position: { x: 30, y: 6 } });
      await expect(page.getByTestId("lane-tooltip")).toContainText("Request");
      await look(page, "run", l.name);
      await page.getByLabel("Memory (MB)").fill("64");
      await page.getByRole("tab", { name: "JSON" }).click();
      await expect(page.locator(".cm-lintRange-error").first()).toBeVisible();
      await look(page, "json-errors", l.name);
    });

    test("compare, power-tune and a refused import", async ({ page }) => {
      await page.goto("/sandbox?scenario=reserved-rps");
      await page.getByRole("tab", { name: "Compare variants" }).click();
      await page.getByLabel("B: reserved concurrency").fill("100");
      await page.getByRole("button", { name: "Compare A and B" }).click();
      await expect(page.getByTestId("compare-table")).toBeVisible();
      await look(page, "compare", l.name);
      await page.goto("/sandbox?scenario=memory-tuning");
      await page.getByRole("tab", { name: "Power-tune memory" }).click();
      await page.getByRole("button", { name: "Power-tune" }).click();
      await expect(page.getByTestId("tune-table")).toBeVisible();
      await expect(page.locator(".uplot")).toBeVisible();
      await look(page, "tune", l.name);
      await page
        .getByLabel("Import JSON")
        .setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"functions": []}') });
      await expect(page.getByTestId("rejected")).toBeVisible();
      await look(page, "import-rejected", l.name);
    });
  });
}
