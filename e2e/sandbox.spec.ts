import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./helpers";
import {
  pause,
  predictNumber,
  presetFile,
  presetJson,
  runAndWait,
  simCli,
  summaryCell,
  tempScenario,
} from "./sandbox-helpers";

test("a learner opens a preset from its card, predicts, runs and sees the throttle count the CLI prints", async ({
  page,
}) => {
  const expected = simCli(presetFile("reserved-throttle")).functions.checkout!.throttles!;
  await page.goto("/learn/reserved-concurrency");
  await page.getByRole("link", { name: "Watch it in the sandbox" }).click();
  await expect(page).toHaveURL(/\/sandbox\?scenario=reserved-throttle$/);
  await expect(page.getByTestId("scenario-id")).toHaveText("reserved-throttle");
  await expect(page.getByText("Answer the question above to unlock Run.")).toBeVisible();

  // The misconception's answer: reserved concurrency "only caps" and guarantees nothing, so nothing bounces.
  await predictNumber(page, 0);
  await runAndWait(page);
  await expect(summaryCell(page, "Throttles")).toHaveText(String(expected));
  const result = page.getByTestId("prediction-result");
  await expect(result.getByRole("heading", { name: "Not what you predicted" })).toBeVisible();
  await expect(result.getByTestId("your-answer")).toHaveText("0 calls");
  await expect(result.getByTestId("engine-answer")).toHaveText(`${expected} calls`);
  await expect(result.getByText("Reserved concurrency only caps a function at a maximum", { exact: false })).toBeVisible();
  await expect(result.getByText("Sign in to keep your predictions.")).toBeVisible();
  await expect(result.getByRole("link", { name: "Sign in to add to your reviews" })).toHaveAttribute(
    "href",
    `/signin?callbackUrl=${encodeURIComponent("/sandbox?scenario=reserved-throttle")}`,
  );
});

test("a signed-in learner's prediction is saved and the card can be added to reviews", async ({ page }) => {
  // A new learner, so the saved history and the card's review state start empty.
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Sandy Predictor");
  await page.getByLabel("Email").fill(uniqueEmail("sandy"));
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Welcome back, Sandy Predictor" })).toBeVisible();
  await page.goto("/sandbox?scenario=timeout");
  const billed = simCli(presetFile("timeout")).functions.report!.billedMs!;
  await predictNumber(page, billed);
  await runAndWait(page);
  const result = page.getByTestId("prediction-result");
  await expect(result.getByRole("heading", { name: "You predicted it" })).toBeVisible();
  await expect(result.getByTestId("prediction-saved")).toHaveText(
    "Saved. You have predicted this preset 1 time, 1 right.",
  );
  await result.getByRole("button", { name: "Add this card to my reviews" }).click();
  await expect(result.getByText("In your reviews")).toBeVisible();

  // A second prediction on the same preset is saved as well; the history counts both.
  await page.reload();
  await predictNumber(page, 3000);
  await runAndWait(page);
  await expect(result.getByTestId("prediction-saved")).toHaveText(
    "Saved. You have predicted this preset 2 times, 1 right.",
  );
});

test("scrub, filter the log, then change reserved concurrency and rerun", async ({ page }) => {
  const cli = simCli(presetFile("reserved-throttle")).functions.checkout!;
  await page.goto("/sandbox?scenario=reserved-throttle");
  await predictNumber(page, 50);
  await runAndWait(page);
  await pause(page);

  const slider = page.getByRole("slider", { name: "Time" });
  await slider.focus();
  await page.keyboard.press("End");
  await expect(page.getByTestId("playhead")).toHaveText("10.0 s / 10.0 s");
  await page.keyboard.press("Home");
  await expect(page.getByTestId("playhead")).toHaveText("0.0 s / 10.0 s");
  // All 150 calls arrive at t = 0, so the 429s are there from the first instant.
  await expect(page.getByTestId("throttles-so-far")).toHaveText(String(cli.throttles));

  // The log follows the playhead; filtering keeps only the 429 lines.
  await page.getByLabel("Kind", { exact: true }).selectOption("throttle");
  await expect(page.getByTestId("log-count")).toHaveText(new RegExp(`^${cli.throttles} of [\\d,]+ lines$`));
  const lines = page.getByTestId("log-line");
  await expect(lines.first()).toContainText(
    "429 TooManyRequestsException Reason: ReservedFunctionConcurrentInvocationLimitExceeded",
  );
  for (const text of await lines.allTextContents()) expect(text).toContain("THROTTLED");
  await page.getByLabel("Kind", { exact: true }).selectOption("invocation");
  await page.getByLabel("Status", { exact: true }).selectOption("ok");
  // INIT_START, START, END and REPORT of each of the 100 calls that ran.
  await expect(page.getByTestId("log-count")).toHaveText(/^400 of [\d,]+ lines$/);
  // At 0 s the log shows the Init lines; at the end it has followed the playhead to the REPORT lines.
  const current = page.locator('[data-testid=log-line][aria-current="time"]');
  await expect(current).toContainText("INIT_START Environment: 99");
  await expect(page.getByTestId("log")).not.toContainText("REPORT");
  await slider.focus();
  await page.keyboard.press("End");
  await expect(page.getByTestId("log")).toContainText(
    "Billed Duration: 1300 ms Memory Size: 512 MB Init Duration: 300.00 ms",
  );
  await expect(current).toContainText("REPORT RequestId:");

  // Reserved concurrency 150 lets every call run: the engine (CLI) and the page agree.
  const changed = presetJson("reserved-throttle") as { functions: { reservedConcurrency: number }[] };
  changed.functions[0]!.reservedConcurrency = 150;
  const expected = simCli(tempScenario(changed)).functions.checkout!.throttles!;
  await page.getByLabel("Reserved concurrency", { exact: true }).fill("150");
  await expect(page.getByTestId("scenario-id")).toContainText("reserved-throttle");
  await expect(page.getByText("(changed)")).toBeVisible();
  await runAndWait(page);
  await expect(summaryCell(page, "Throttles")).toHaveText(String(expected));
  await expect(summaryCell(page, "Succeeded")).toHaveText("150");
});

test("the form and the JSON editor stay in sync and validate as the learner types", async ({ page }) => {
  await page.goto("/sandbox?scenario=billing-init");
  await page.getByLabel("Memory (MB)").fill("64");
  await expect(page.getByTestId("error-list")).toContainText("functions[0].memoryMb: must be 128..10240");
  await expect(page.getByTestId("field-error")).toHaveText("must be 128..10240");
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeDisabled();

  await page.getByRole("tab", { name: "JSON" }).click();
  const editor = page.getByTestId("json-editor");
  await expect(editor).toContainText('"memoryMb": 64');
  await expect(page.locator(".cm-lintRange-error").first()).toBeVisible();
  // Fix it in the JSON; the form follows.
  await editor.focus();
  await page.keyboard.press("Control+a");
  const fixed = JSON.stringify({ ...presetJson("billing-init"), predict: undefined }, null, 2).replace(
    '"memoryMb": 512',
    '"memoryMb": 1024',
  );
  await page.keyboard.insertText(fixed);
  await expect(page.getByTestId("error-list")).toHaveCount(0);
  await page.getByRole("tab", { name: "Form" }).click();
  await expect(page.getByLabel("Memory (MB)")).toHaveValue("1024");

  // Broken JSON: the form waits, Run stays locked, the error names the line.
  await page.getByRole("tab", { name: "JSON" }).click();
  await page.getByTestId("json-editor").focus();
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText(",");
  await expect(page.getByTestId("error-list")).toContainText("The JSON does not parse");
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeDisabled();
});

test("compare reserved concurrency 40 with 100 on the same traffic", async ({ page }) => {
  const a = simCli(presetFile("reserved-rps")).functions.api!;
  const variant = presetJson("reserved-rps") as { functions: { reservedConcurrency: number }[] };
  variant.functions[0]!.reservedConcurrency = 100;
  const b = simCli(tempScenario(variant)).functions.api!;
  await page.goto("/sandbox?scenario=reserved-rps");
  await page.getByRole("tab", { name: "Compare variants" }).click();
  await page.getByLabel("B: reserved concurrency").fill("100");
  await page.getByRole("button", { name: "Compare A and B" }).click();
  const row = page.getByTestId("compare-table").locator("tr", { hasText: "Throttles (429)" });
  await expect(row.locator("td").nth(0)).toHaveText(a.throttles!.toLocaleString("en-US"));
  await expect(row.locator("td").nth(1)).toHaveText(b.throttles!.toLocaleString("en-US"));
  await expect(row.locator("td").nth(2)).toHaveText("B is better");
  await expect(row).toHaveAttribute("data-differs", "true");
  // Variant B must stay valid: provisioned above reserved is refused with its path.
  await page.getByLabel("B: provisioned concurrency").fill("120");
  await expect(page.getByTestId("error-list")).toContainText(
    "functions[0].provisionedConcurrency: must be <= reservedConcurrency (100)",
  );
  await expect(page.getByRole("button", { name: "Compare A and B" })).toBeDisabled();
});

test("power-tune a CPU-bound function from 128 MB to 10,240 MB", async ({ page }) => {
  await page.goto("/sandbox?scenario=memory-tuning");
  await page.getByRole("tab", { name: "Power-tune memory" }).click();
  await expect(page.getByText("1,769 MB = 1 vCPU", { exact: true })).toBeVisible();
  await page.locator("#views-panel-tune").getByLabel("Function").selectOption("resize-128");
  await page.getByRole("button", { name: "Power-tune" }).click();
  const table = page.getByTestId("tune-table");
  await expect(table.locator("tbody tr")).toHaveCount(15);
  await expect(table.locator("tbody tr").first().locator("th")).toHaveText("128 MB");
  await expect(table.locator("tbody tr").last().locator("th")).toHaveText("10,240 MB");
  // A single thread stops getting faster at one vCPU: the fastest size is 1,769 MB.
  await expect(table.locator("tr", { hasText: "1,769 MB" })).toContainText("fastest");
  await expect(table.locator("tr", { hasText: "10,240 MB" })).toContainText("5.79");
  await expect(page.getByTestId("tune-summary")).toContainText("fastest at 1,769 MB");
});

test("share the scenario by URL and reload it", async ({ page, context }) => {
  await page.goto("/sandbox?scenario=reserved-throttle");
  await page.getByLabel("Reserved concurrency", { exact: true }).fill("77");
  await expect(page).toHaveURL(/[?&]s=/);
  await page.reload();
  await expect(page.getByLabel("Reserved concurrency", { exact: true })).toHaveValue("77");
  await expect(page.getByText("(changed)")).toBeVisible();

  await page.getByRole("button", { name: "Share link" }).click();
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByLabel("Reserved concurrency", { exact: true })).toHaveValue("77");
  await other.close();

  // A cut link loads nothing of it and says so.
  await page.goto(`/sandbox?s=${encodeURIComponent(new URL(link).searchParams.get("s")!.slice(0, 12))}`);
  await expect(page.getByTestId("rejected")).toContainText("The shared link has");
});

test("importing broken JSON lists its errors by path and changes nothing", async ({ page }) => {
  await page.goto("/sandbox?scenario=reserved-throttle");
  const before = await page.getByLabel("Reserved concurrency", { exact: true }).inputValue();
  const input = page.getByLabel("Import JSON");
  const bad = JSON.parse(readFileSync(presetFile("reserved-throttle"), "utf8")) as Record<string, unknown> & {
    functions: Record<string, unknown>[];
  };
  bad.functions[0]!.memoryMb = 64;
  bad.functions[0]!.provisionedConcurrency = 500;
  await input.setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const notice = page.getByTestId("rejected");
  await expect(notice).toContainText("The file broken.json has 2 problems; nothing was changed");
  await expect(notice).toContainText("functions[0].memoryMb: must be 128..10240");
  await expect(notice).toContainText("functions[0].provisionedConcurrency: must be <= reservedConcurrency (100)");
  await expect(page.getByLabel("Reserved concurrency", { exact: true })).toHaveValue(before);
  await expect(page.getByText("(changed)")).toHaveCount(0);

  await input.setInputFiles({ name: "garbage.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await expect(notice).toContainText("The file garbage.json has 1 problem");
  await expect(notice).toContainText("(root): invalid JSON at line 1");
});

test("keyboard only: answer, run, pause, scrub and name a bar on the lanes", async ({ page }) => {
  await page.goto("/sandbox?scenario=provisioned-spillover");
  const tabTo = async (name: RegExp | string, role: "button" | "spinbutton" | "slider" | "application") => {
    const target = page.getByRole(role, { name });
    for (let i = 0; i < 80; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`never reached ${String(name)} with Tab`);
  };
  await tabTo(/^Your answer/, "spinbutton");
  await page.keyboard.type("5");
  await page.keyboard.press("Enter");
  await tabTo("Run", "button");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("run-status")).toHaveText(/Simulated in/);
  await tabTo("Pause", "button");
  await page.keyboard.press("Enter");
  await tabTo("Time", "slider");
  await page.keyboard.press("Home");
  for (let i = 0; i < 50; i++) await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("playhead")).toHaveText("0.5 s / 10.0 s");
  await tabTo(/^Environment lanes/, "application");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("lane-focus")).toContainText(
    /^Request [0-9a-f-]{36} · checkout \(sync\) · environment \d+/,
  );
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("playhead")).toHaveText("0.0 s / 10.0 s");
});
