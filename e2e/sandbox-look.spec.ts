import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";
import { pause, predictNumber, runAndWait } from "./sandbox-helpers";

const LOOKS = [
  { name: "desktop-light", width: 1280, height: 900, scheme: "light" as const },
  { name: "desktop-dark", width: 1280, height: 900, scheme: "dark" as const },
  { name: "mobile-light", width: 390, height: 844, scheme: "light" as const },
  { name: "mobile-dark", width: 390, height: 844, scheme: "dark" as const },
];

for (const look of LOOKS) {
  test(`every sandbox state looks right and passes axe (${look.name})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: look.width, height: look.height });
    await page.emulateMedia({ colorScheme: look.scheme, reducedMotion: "reduce" });

    await page.goto("/sandbox");
    await expect(page.getByTestId("preset").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, `sandbox-gallery-${look.name}`);

    await page.goto("/sandbox?scenario=reserved-throttle");
    await expect(page.getByRole("heading", { name: "Predict, then run" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, `sandbox-predict-${look.name}`);

    await predictNumber(page, 0);
    await runAndWait(page);
    await pause(page);
    // Reduced motion: the run is shown at its end; wait for the charts (lazy) to draw.
    await expect(page.getByText("Latency distribution").first()).toBeVisible();
    await expect(page.locator(".uplot").first()).toBeVisible();
    await page.getByRole("slider", { name: "Time" }).focus();
    await page.keyboard.press("End");
    await page.getByTestId("lanes").hover({ position: { x: 8, y: 6 } });
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, `sandbox-run-${look.name}`);

    await page.getByRole("tab", { name: "JSON" }).click();
    await expect(page.getByTestId("json-editor")).toBeVisible();
    await page.getByRole("tab", { name: "Form" }).click();
    await page.getByLabel("Memory (MB)").fill("64");
    await page.getByRole("tab", { name: "JSON" }).click();
    await expect(page.locator(".cm-lintRange-error").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, `sandbox-json-errors-${look.name}`);

    await page.goto("/sandbox?scenario=reserved-rps");
    await page.getByRole("tab", { name: "Compare variants" }).click();
    await page.getByLabel("B: reserved concurrency").fill("100");
    await page.getByRole("button", { name: "Compare A and B" }).click();
    await expect(page.getByTestId("compare-table")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, `sandbox-compare-${look.name}`);

    await page.goto("/sandbox?scenario=memory-tuning");
    await page.getByRole("tab", { name: "Power-tune memory" }).click();
    await page.getByRole("button", { name: "Power-tune" }).click();
    await expect(page.getByTestId("tune-table")).toBeVisible();
    await expect(page.locator(".uplot")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, `sandbox-tune-${look.name}`);

    await page
      .getByLabel("Import JSON")
      .setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"functions": []}') });
    await expect(page.getByTestId("rejected")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, `sandbox-import-rejected-${look.name}`);

    await page.goto("/sandbox?new=1");
    await predictNothing();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, `sandbox-scratch-${look.name}`);

    async function predictNothing() {
      await expect(page.getByRole("button", { name: "Run", exact: true })).toBeEnabled();
    }
  });
}
