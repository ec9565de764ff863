// `npm test`: typecheck, lint, unit/integration tests (Vitest, real SQLite) and e2e tests
// (Playwright against the production build in Debian's Chromium). Ends with "N passed, N failed".
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

const root = path.resolve(__dirname, "..");
const out = path.join(root, ".coldstart");
fs.mkdirSync(out, { recursive: true });
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

type Tally = { stage: string; passed: number; failed: number };
const tallies: Tally[] = [];

function run(cmd: string, args: string[], env: Record<string, string> = {}): number {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function step(stage: string, cmd: string, args: string[]): void {
  console.log(`\n=== ${stage} ===`);
  const ok = run(cmd, args) === 0;
  tallies.push({ stage, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
  );
  console.log("0 passed, 1 failed");
  process.exit(1);
}

step("typecheck", bin("tsc"), ["--noEmit"]);
step("lint", bin("eslint"), ["--max-warnings=0", "."]);

console.log("\n=== unit and integration tests (vitest) ===");
const vitestJson = path.join(out, "vitest.json");
fs.rmSync(vitestJson, { force: true });
const vitestCode = run(bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestJson}`,
]);
if (fs.existsSync(vitestJson)) {
  const v = JSON.parse(fs.readFileSync(vitestJson, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  const failed =
    v.numFailedTests + v.numPendingTests + v.numTodoTests + (vitestCode !== 0 && v.numFailedTests === 0 ? 1 : 0);
  tallies.push({ stage: "vitest", passed: v.numPassedTests, failed });
} else {
  tallies.push({ stage: "vitest", passed: 0, failed: 1 });
}

console.log("\n=== end-to-end tests (playwright, production build) ===");
const pwJson = path.join(out, "playwright.json");
fs.rmSync(pwJson, { force: true });
fs.mkdirSync(path.join(root, "screenshots"), { recursive: true });
const pwCode = run(bin("playwright"), ["test"], { PLAYWRIGHT_JSON: pwJson });
if (fs.existsSync(pwJson)) {
  const s = (
    JSON.parse(fs.readFileSync(pwJson, "utf8")) as {
      stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    }
  ).stats;
  const failed = s.unexpected + s.flaky + s.skipped + (pwCode !== 0 && s.unexpected === 0 ? 1 : 0);
  tallies.push({ stage: "playwright", passed: s.expected, failed });
} else {
  tallies.push({ stage: "playwright", passed: 0, failed: 1 });
}

const passed = tallies.reduce((a, t) => a + t.passed, 0);
const failed = tallies.reduce((a, t) => a + t.failed, 0);
console.log("\n=== summary ===");
for (const t of tallies) console.log(`${t.stage.padEnd(12)} ${t.passed} passed, ${t.failed} failed`);
fs.writeFileSync(path.join(out, "test-summary.json"), JSON.stringify({ passed, failed, tallies }, null, 2));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
