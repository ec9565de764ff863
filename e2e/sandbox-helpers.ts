import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

const ROOT = path.join(__dirname, "..");

type CliResult = { functions: Record<string, Record<string, number>> };

/** Runs `npm run --silent sim` (the real CLI and engine) on a scenario file and returns its JSON. */
export function simCli(file: string): CliResult {
  const out = execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), path.join(ROOT, "scripts", "sim.ts"), file],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  return JSON.parse(out) as CliResult;
}

/** The preset file's JSON. */
export function presetJson(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(presetFile(id), "utf8")) as Record<string, unknown>;
}

export const presetFile = (id: string) => path.join(ROOT, "content", "scenarios", `${id}.json`);

/** Writes a scenario to a temporary file for the CLI. */
export function tempScenario(json: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "sandbox-e2e-")), "scenario.json");
  writeFileSync(file, JSON.stringify(json));
  return file;
}

/** A cell of the summary table: row label, function column (0-based). */
export function summaryCell(page: Page, row: string, column = 0) {
  return page.getByTestId("summary-table").locator(`tr[data-row="${row}"] td`).nth(column);
}

/** Answers a number question and locks it in, which unlocks Run. */
export async function predictNumber(page: Page, value: number) {
  const run = page.getByRole("button", { name: "Run", exact: true });
  await expect(run).toBeDisabled();
  await page.getByLabel(/^Your answer/).fill(String(value));
  await page.getByRole("button", { name: "Lock in my answer" }).click();
  await expect(run).toBeEnabled();
}

/** Clicks Run and waits for the summary of the new run. */
export async function runAndWait(page: Page) {
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("run-status")).toHaveText(/Simulated in/);
  await expect(page.getByTestId("summary")).toBeVisible();
}

/** Pauses playback (runs start playing). */
export async function pause(page: Page) {
  const pauseButton = page.getByRole("button", { name: "Pause" });
  if (await pauseButton.isVisible()) await pauseButton.click();
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
}
