import { describe, expect, it } from "vitest";
import {
  closedReason,
  deadlineFor,
  formatCountdown,
  formatDuration,
  GRACE_MS,
  isExpired,
  remainingMs,
  timeUsedMs,
} from "./timing";

const start = new Date("2026-12-01T09:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const timed = { deadlineAt: deadlineFor(start, 180), submittedAt: null };

describe("the exam clock", () => {
  it("sets the deadline from the start and the blueprint's minutes; untimed attempts have none", () => {
    expect(timed.deadlineAt).toEqual(new Date("2026-12-01T12:00:00Z"));
    expect(deadlineFor(start, null)).toBeNull();
  });

  it("takes answers until the deadline plus the in-flight grace, then is closed", () => {
    const deadline = 180 * 60_000;
    expect(closedReason(timed, at(deadline - 1))).toBeNull();
    expect(closedReason(timed, at(deadline + GRACE_MS))).toBeNull(); // sent before the deadline, still in flight
    expect(closedReason(timed, at(deadline + GRACE_MS + 1))).toBe("time-up");
    expect(isExpired(timed, at(deadline + GRACE_MS + 1))).toBe(true);
    expect(closedReason({ ...timed, submittedAt: at(1000) }, at(2000))).toBe("submitted");
    expect(isExpired({ ...timed, submittedAt: at(1000) }, at(deadline * 2))).toBe(false);
    expect(closedReason({ deadlineAt: null, submittedAt: null }, at(365 * 86_400_000))).toBeNull();
  });

  it("counts the time left and the time used, never beyond the time allowed", () => {
    expect(remainingMs(timed, at(60_000))).toBe(179 * 60_000);
    expect(remainingMs(timed, at(999 * 60_000))).toBe(0);
    expect(remainingMs({ deadlineAt: null, submittedAt: null }, at(0))).toBeNull();
    expect(timeUsedMs({ startedAt: start, deadlineAt: timed.deadlineAt, submittedAt: at(42 * 60_000) })).toBe(
      42 * 60_000,
    );
    // Submitted by the server long after the deadline: the learner used exactly the time allowed.
    expect(timeUsedMs({ startedAt: start, deadlineAt: timed.deadlineAt, submittedAt: at(999 * 60_000) })).toBe(
      180 * 60_000,
    );
  });

  it("formats countdowns and durations", () => {
    expect(formatCountdown(180 * 60_000)).toBe("3:00:00");
    expect(formatCountdown(4 * 60_000 + 5_000)).toBe("4:05");
    expect(formatCountdown(400)).toBe("0:01"); // rounds up: shows 0:00 only when time is really up
    expect(formatCountdown(-5)).toBe("0:00");
    expect(formatDuration(45_000)).toBe("45 s");
    expect(formatDuration(14 * 60_000)).toBe("14 min");
    expect(formatDuration(125 * 60_000)).toBe("2 h 05 min");
  });
});
