import { expect, test } from "@playwright/test";
import { DEMO_INSTRUCTOR, DEMO_STUDENT, signIn, uniqueEmail } from "./helpers";

test("a newcomer signs up, signs out, then signs in as the demo student", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Learn AWS Lambda");
  await page.getByRole("link", { name: "Sign up" }).first().click();

  await page.getByLabel("Name").fill("Grace Newcomer");
  await page.getByLabel("Email").fill(uniqueEmail("grace"));
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Password must be at least 10 characters")).toBeVisible();

  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Welcome back, Grace Newcomer" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Learn AWS Lambda");

  await signIn(page, DEMO_STUDENT);
  await expect(page.getByRole("heading", { name: "Welcome back, Demo Student" })).toBeVisible();
  await expect(page.getByTestId("due-count")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Author" })).toHaveCount(0);
});

test("signing up twice with the same email is refused with a clear message", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Twin");
  await page.getByLabel("Email").fill(DEMO_STUDENT.email);
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists").first()).toBeVisible();
});

test("a wrong password shows an error and keeps the visitor signed out", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(DEMO_STUDENT.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/signin/);
});

test("anonymous visitors to /review are sent to sign-in and come back after", async ({ page }) => {
  await page.goto("/review");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=.*review/);
  await page.getByLabel("Email").fill(DEMO_STUDENT.email);
  await page.getByLabel("Password").fill(DEMO_STUDENT.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/review$/);
});

test("a student gets 403 on instructor pages and APIs; an instructor does not", async ({ page, request }) => {
  const anonymous = await request.get("/api/author/banks");
  expect(anonymous.status()).toBe(401);

  await signIn(page, DEMO_STUDENT);
  const pageResponse = await page.goto("/author");
  expect(pageResponse?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  const api = await page.request.get("/api/author/banks");
  expect(api.status()).toBe(403);
  expect(await api.json()).toEqual({ error: "You do not have permission to do this" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await signIn(page, DEMO_INSTRUCTOR);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Author" })).toBeVisible();
  expect((await page.goto("/author"))?.status()).toBe(200);
  expect((await page.request.get("/api/author/banks")).status()).toBe(200);
});

test("the 11th rapid failed sign-in is rate-limited, in the form and with HTTP 429", async ({ page }) => {
  const email = uniqueEmail("mallory");
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("guess");
  const submit = page.getByRole("button", { name: "Sign in", exact: true });
  for (let i = 1; i <= 10; i++) {
    await submit.click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong email or password.");
    await expect(submit).toBeEnabled();
  }
  await submit.click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-in attempts");

  // The API call comes from the browser, so from the same client address: the limit counts per
  // account and address (Playwright's own request client may connect over ::1 instead of 127.0.0.1,
  // which is another address with its own count, as the lockout policy intends).
  const api = await page.evaluate(async (email) => {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      body: new URLSearchParams({ email, password: "guess", csrfToken, json: "true" }),
    });
    return {
      status: res.status,
      retryAfter: res.headers.get("retry-after"),
      body: (await res.json()) as { message: string },
    };
  }, email);
  expect(api.status).toBe(429);
  expect(api.retryAfter).toMatch(/^\d+$/);
  expect(api.body.message).toMatch(/Too many failed sign-in attempts/);
});

test("a visitor's pages never ask who is signed in; a learner's header does, until sign-out", async ({
  page,
  context,
}) => {
  const sessionRequests: string[] = [];
  page.on("request", (req) => {
    if (new URL(req.url()).pathname === "/api/auth/session") sessionRequests.push(req.url());
  });
  const header = page.getByRole("banner");
  const hint = async () => (await context.cookies()).find((c) => c.name === "coldstart-signed-in");

  for (const path of ["/", "/learn", "/learn/alb-lambda-targets", "/sandbox", "/signin"]) {
    await page.goto(path);
    await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  }
  expect(sessionRequests).toEqual([]);
  expect(await hint()).toBeUndefined();

  await signIn(page, DEMO_STUDENT);
  expect((await hint())?.value).toBe("1");
  expect((await hint())?.httpOnly).toBe(false);
  await page.goto("/learn");
  await expect(header.getByTestId("current-user")).toHaveText("Demo Student");
  expect(sessionRequests.length).toBeGreaterThan(0);

  await header.getByRole("button", { name: "Sign out" }).click();
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect.poll(hint).toBeUndefined();
  sessionRequests.length = 0;
  await page.goto("/learn");
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(sessionRequests).toEqual([]);
});

test("a forged signed-in hint shows nobody and is cleared by the next page", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "coldstart-signed-in", value: "1", url: baseURL! }]);
  await page.goto("/learn");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(header.getByTestId("current-user")).toHaveCount(0);
  expect((await context.cookies()).find((c) => c.name === "coldstart-signed-in")).toBeUndefined();
});

test.describe("before the page's scripts run", () => {
  test.use({ javaScriptEnabled: false });

  test("submitting sign-in or sign-up never puts the password in the URL", async ({ page }) => {
    for (const [path, button] of [
      ["/signin", "Sign in"],
      ["/signup", "Create account"],
    ] as const) {
      await page.goto(path);
      await page.getByLabel("Email").fill("someone@example.com");
      await page.getByLabel("Password").fill("a-secret-password");
      await page.getByRole("button", { name: button, exact: true }).click();
      await page.waitForLoadState("load");
      expect(page.url()).not.toContain("a-secret-password");
      expect(page.url()).not.toContain("password=");
      await expect(page.getByRole("button", { name: button, exact: true })).toBeVisible(); // the form again, to retry
    }
  });
});
