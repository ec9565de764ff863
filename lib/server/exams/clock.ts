import fs from "node:fs";
import path from "node:path";

/** Where e2e tests put a clock offset (milliseconds), read only by a test-clock build. */
export const TEST_CLOCK_FILE = path.join(".coldstart", "test-clock-offset-ms");

/**
 * The time the exam rules run on: the server's clock. In a build made for the e2e tests
 * (COLDSTART_TEST_CLOCK=1 at `next build`, set by playwright.config.ts) it is moved by the
 * offset in TEST_CLOCK_FILE, so a test can jump past a deadline. next.config.mjs, and
 * scripts/build-server-bundle.ts for the fast lane that also answers autosaves, replace
 * process.env.COLDSTART_TEST_CLOCK with a constant at build time: in any other build the
 * condition is the constant `"" === "1"`, the offset code is dead and removed, and setting the
 * variable at run time changes nothing (docs/exams.md, "The test clock").
 */
export function examNow(): Date {
  const now = new Date();
  // One expression, so that bundlers fold the constant and drop testClockOffset with it.
  return process.env.COLDSTART_TEST_CLOCK === "1" ? new Date(now.getTime() + testClockOffset(process.cwd())) : now;
}

/** The e2e offset: 0 when the file is absent; a malformed file is an error, never silently 0. */
export function testClockOffset(root: string): number {
  let text: string;
  try {
    text = fs.readFileSync(path.join(root, TEST_CLOCK_FILE), "utf8");
  } catch {
    return 0;
  }
  const ms = Number(text.trim());
  if (!Number.isSafeInteger(ms)) throw new Error(`${TEST_CLOCK_FILE}: not a whole number of milliseconds`);
  return ms;
}
