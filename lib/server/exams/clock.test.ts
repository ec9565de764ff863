import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { examNow, TEST_CLOCK_FILE, testClockOffset } from "./clock";

const dirs: string[] = [];
const root = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "coldstart-clock-"));
  fs.mkdirSync(path.join(d, ".coldstart"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("the exam clock's e2e offset", () => {
  it("is 0 without the file, the file's milliseconds with it, and an error when the file is malformed", () => {
    const r = root();
    expect(testClockOffset(r)).toBe(0);
    fs.writeFileSync(path.join(r, TEST_CLOCK_FILE), "2940000\n");
    expect(testClockOffset(r)).toBe(2_940_000);
    fs.writeFileSync(path.join(r, TEST_CLOCK_FILE), "49 minutes");
    expect(() => testClockOffset(r)).toThrow("not a whole number of milliseconds");
  });

  it("is ignored unless the build was made for the e2e tests (COLDSTART_TEST_CLOCK=1)", () => {
    // Here the variable is read at run time (Vitest does not inline it as next build does).
    const before = process.env.COLDSTART_TEST_CLOCK;
    const cwd = process.cwd();
    const r = root();
    fs.writeFileSync(path.join(r, TEST_CLOCK_FILE), String(86_400_000));
    try {
      process.chdir(r);
      delete process.env.COLDSTART_TEST_CLOCK;
      expect(Math.abs(examNow().getTime() - Date.now())).toBeLessThan(60_000);
      process.env.COLDSTART_TEST_CLOCK = "1";
      expect(examNow().getTime() - Date.now()).toBeGreaterThan(86_400_000 - 60_000);
    } finally {
      process.chdir(cwd);
      if (before === undefined) delete process.env.COLDSTART_TEST_CLOCK;
      else process.env.COLDSTART_TEST_CLOCK = before;
    }
  });
});
