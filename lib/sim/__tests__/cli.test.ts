/** The command-line runner: exit codes, stdout JSON, stderr problems. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SCENARIO_DIR } from "./helpers";

const ROOT = join(__dirname, "..", "..", "..");
const dir = mkdtempSync(join(tmpdir(), "sim-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "scripts", "sim.ts"), ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run sim", () => {
  it("prints the result JSON for a valid scenario and exits 0", () => {
    const r = cli(join(SCENARIO_DIR, "reserved-throttle.json"));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as {
      functions: Record<string, { succeeded: number; throttles: number }>;
      events?: unknown;
    };
    expect(out.functions.checkout).toMatchObject({ succeeded: 100, throttles: 50 });
    expect(out.events).toBeUndefined();
  });

  it("adds the event log with --events", () => {
    const r = cli(join(SCENARIO_DIR, "timeout.json"), "--events");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { events: { kind: string }[] };
    expect(out.events.map((e) => e.kind)).toContain("end");
  });

  it("lists every problem by path on stderr and exits 1", () => {
    const file = join(dir, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({
        functions: [{ name: "a", memoryMb: 64, timeoutS: 0 }],
        traffic: [{ function: "b", type: "sync", burst: 1 }],
      }),
    );
    const r = cli(file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([
      "functions[0].memoryMb: must be 128..10240",
      "functions[0].timeoutS: must be 1..900",
      'traffic[0].function: unknown function "b"',
    ]);
  });

  it("rejects bad JSON and a missing file with a clear message", () => {
    const file = join(dir, "broken.json");
    writeFileSync(file, "{ not json");
    const bad = cli(file);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/invalid JSON/);
    const missing = cli(join(dir, "nope.json"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.json: cannot read scenario \(no such file\)/);
    const none = cli();
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/usage/);
  });
});
