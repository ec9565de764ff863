import { expect, test } from "@playwright/test";
import { DEMO_STUDENT, expectNoSeriousA11yViolations, screenshot, signIn } from "./helpers";

const WIDTHS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "mobile", width: 390, height: 844 },
];

for (const size of WIDTHS) {
  test(`landing, sign-in and dashboard look right and pass axe (${size.name})`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, `landing-${size.name}`);

    await page.goto("/signin");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, `signin-${size.name}`);

    await signIn(page, DEMO_STUDENT);
    await expect(page.getByRole("heading", { name: /Welcome back/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, `dashboard-${size.name}`);
  });
}

test("the landing's feature tiles lead to their pages, mock exams included", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText(/coming soon/i)).toHaveCount(0);
  await page.getByRole("link", { name: "Timed mock exams" }).click();
  // Exams need an account: a visitor is sent to sign in and comes back to /exams after.
  await expect(page).toHaveURL(/\/signin\?callbackUrl=.*exams/);
  await page.goto("/");
  await page.getByRole("link", { name: "A Lambda sandbox" }).click();
  await expect(page).toHaveURL(/\/sandbox$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the dark colour scheme also passes axe", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "landing-dark");
});

test("the start-up scripts carry V8's compile hint and the page still hydrates", async ({ page, request }) => {
  // scripts/compile-hints.ts marks the chunks every page loads at start; the largest is React with the
  // Next runtime. "Sign in" is drawn by a client component, so seeing it means the hinted code ran.
  const html = await (await request.get("/")).text();
  const srcs = [...html.matchAll(/<script src="([^"]+\.js)" async="">/g)].map((m) => m[1]!);
  expect(srcs.length).toBeGreaterThan(2);
  const bodies = await Promise.all(srcs.map(async (src) => (await request.get(src)).text()));
  const largest = bodies.reduce((a, b) => (b.length > a.length ? b : a));
  expect(largest.startsWith("//# allFunctionsCalledOnLoad\n")).toBe(true);
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("the header and sign-in work from the keyboard alone", async ({ page }) => {
  await page.goto("/signin");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.getByLabel("Email").focus();
  await page.keyboard.type(DEMO_STUDENT.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_STUDENT.password);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /Welcome back/ })).toBeVisible();
});
