import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildServerBundle } from "./build-server-bundle";

// The fast lane answers exam autosaves, so its bundle must treat the exam's test clock exactly as
// Next's build does (next.config.mjs): decided at build time, never by the run-time environment.
const root = path.resolve(__dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coldstart-bundle-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// testClockOffset's error message (lib/server/exams/clock.ts): present only where the offset is read.
const TEST_CLOCK_CODE = "not a whole number of milliseconds";

async function bundle(testClock: string | undefined): Promise<string> {
  const saved = process.env.COLDSTART_TEST_CLOCK;
  if (testClock === undefined) delete process.env.COLDSTART_TEST_CLOCK;
  else process.env.COLDSTART_TEST_CLOCK = testClock;
  try {
    const out = path.join(dir, `bundle-${testClock ?? "unset"}.mjs`);
    await buildServerBundle(root, out);
    return fs.readFileSync(out, "utf8");
  } finally {
    if (saved === undefined) delete process.env.COLDSTART_TEST_CLOCK;
    else process.env.COLDSTART_TEST_CLOCK = saved;
  }
}

describe("the production server bundle and the exam test clock", () => {
  it("holds no test-clock code in a normal build, whatever the environment says at run time", async () => {
    for (const value of [undefined, "", "0", "true"]) {
      const code = await bundle(value);
      expect(code).toContain("function saveAnswer("); // the fast lane's autosave is in it
      expect(code).not.toContain(TEST_CLOCK_CODE);
      expect(code).not.toContain("process.env.COLDSTART_TEST_CLOCK");
    }
  });

  it("reads the test clock's offset in an e2e build (COLDSTART_TEST_CLOCK=1 at build time)", async () => {
    const code = await bundle("1");
    expect(code).toContain(TEST_CLOCK_CODE);
    expect(code).not.toContain("process.env.COLDSTART_TEST_CLOCK");
  });
});
