// `npm test`: typecheck, lint, unit/integration tests (Vitest, real SQLite) and e2e tests
// (Playwright against the production build in Debian's Chromium); with COLDSTART_POSTGRES_URL set,
// also the integration suites against PostgreSQL and the two-server e2e run on PostgreSQL (else it
// says so). Ends with "N passed, N failed".
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

const root = path.resolve(__dirname, "..");
const out = path.join(root, ".coldstart");
fs.mkdirSync(out, { recursive: true });
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

type Tally = { stage: string; passed: number; failed: number };
const tallies: Tally[] = [];
// The failing tests by name, repeated in the summary: CI keeps only the end of the output.
const failures: string[] = [];
const firstLine = (s: string | undefined) => (s ?? "").replace(/\u001b\[[0-9;]*m/g, "").trim().split("\n")[0]?.slice(0, 300) ?? "";

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

function vitest(stage: string, config: string | null): void {
  const json = path.join(out, `${stage.replace(/\W+/g, "-")}.json`);
  fs.rmSync(json, { force: true });
  const code = run(bin("vitest"), [
    "run",
    ...(config ? ["--config", config] : []),
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${json}`,
  ]);
  if (!fs.existsSync(json)) {
    tallies.push({ stage, passed: 0, failed: 1 });
    return;
  }
  const v = JSON.parse(fs.readFileSync(json, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults?: {
      name: string;
      message?: string;
      assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
    }[];
  };
  for (const file of v.testResults ?? []) {
    const rel = path.relative(root, file.name);
    const bad = (file.assertionResults ?? []).filter((a) => a.status !== "passed");
    for (const a of bad) failures.push(`${stage}: ${rel} > ${a.fullName} [${a.status}] ${firstLine(a.failureMessages?.[0])}`);
    if (bad.length === 0 && file.message) failures.push(`${stage}: ${rel} ${firstLine(file.message)}`);
  }
  // A skipped or todo test counts as a failure: every test must run.
  const failed = v.numFailedTests + v.numPendingTests + v.numTodoTests + (code !== 0 && v.numFailedTests === 0 ? 1 : 0);
  tallies.push({ stage, passed: v.numPassedTests, failed });
}

function playwright(stage: string, config: string | null): void {
  const json = path.join(out, `${stage.replace(/\W+/g, "-")}.json`);
  fs.rmSync(json, { force: true });
  const code = run(bin("playwright"), ["test", ...(config ? ["--config", config] : [])], { PLAYWRIGHT_JSON: json });
  if (!fs.existsSync(json)) {
    tallies.push({ stage, passed: 0, failed: 1 });
    return;
  }
  type Suite = {
    title: string;
    file?: string;
    suites?: Suite[];
    specs?: { title: string; line: number; tests: { status: string; results: { error?: { message?: string } }[] }[] }[];
  };
  const report = JSON.parse(fs.readFileSync(json, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    suites?: Suite[];
  };
  const walk = (suite: Suite, file: string) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        if (t.status === "expected") continue;
        const err = t.results.map((r) => r.error?.message).find(Boolean);
        failures.push(`${stage}: ${file}:${spec.line} > ${spec.title} [${t.status}] ${firstLine(err)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, file);
  };
  for (const suite of report.suites ?? []) walk(suite, suite.file ?? suite.title);
  const s = report.stats;
  const failed = s.unexpected + s.flaky + s.skipped + (code !== 0 && s.unexpected === 0 ? 1 : 0);
  tallies.push({ stage, passed: s.expected, failed });
}

// PostgreSQL runs only where a server was named (.ci/run starts one and always names it).
const postgres = process.env.COLDSTART_POSTGRES_URL;
const postgresSkipped = "NOT RUN: COLDSTART_POSTGRES_URL is not set (.ci/run sets it; docs/postgresql.md)";

console.log("\n=== unit and integration tests (vitest, SQLite) ===");
vitest("vitest", null);
if (postgres) {
  console.log("\n=== integration tests on PostgreSQL (vitest.postgres.config.ts) ===");
  vitest("vitest-pg", "vitest.postgres.config.ts");
} else {
  console.log(`\n=== integration tests on PostgreSQL: ${postgresSkipped} ===`);
}

console.log("\n=== end-to-end tests (playwright, production build) ===");
fs.mkdirSync(path.join(root, "screenshots"), { recursive: true });
playwright("playwright", null);
if (postgres) {
  console.log("\n=== end-to-end tests on PostgreSQL, two app servers (playwright.postgres.config.ts) ===");
  playwright("playwright-pg", "playwright.postgres.config.ts");
  // The run's database, recreated by the next run anyway; dropped so it does not linger.
  run(bin("tsx"), ["scripts/pg-fresh-database.ts", "--drop", `coldstart_e2e_${process.env.E2E_PORT ?? 3210}`]);
} else {
  console.log(`\n=== end-to-end tests on PostgreSQL: ${postgresSkipped} ===`);
}

const passed = tallies.reduce((a, t) => a + t.passed, 0);
const failed = tallies.reduce((a, t) => a + t.failed, 0);
console.log("\n=== summary ===");
for (const t of tallies) console.log(`${t.stage.padEnd(14)} ${t.passed} passed, ${t.failed} failed`);
if (!postgres) console.log(`${"postgresql".padEnd(14)} ${postgresSkipped}`);
if (failures.length > 0) {
  console.log("\nfailing:");
  for (const f of failures) console.log(`  ${f}`);
}
fs.writeFileSync(
  path.join(out, "test-summary.json"),
  JSON.stringify({ passed, failed, tallies, postgresql: postgres ? "run" : "not run" }, null, 2),
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
