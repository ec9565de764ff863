import { describe, expect, it } from "vitest";
import { DEFAULT_REVIEW_SETTINGS, reviewSettingsSchema } from "./review-settings";

const issues = (input: unknown) => {
  const r = reviewSettingsSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("review settings", () => {
  it("accepts the defaults and the edges of each range", () => {
    expect(issues(DEFAULT_REVIEW_SETTINGS)).toEqual([]);
    expect(issues({ ...DEFAULT_REVIEW_SETTINGS, desiredRetention: 0.7, newPerDay: 0, learningSteps: [] })).toEqual([]);
    expect(issues({ ...DEFAULT_REVIEW_SETTINGS, desiredRetention: 0.97, maxIntervalDays: 36500 })).toEqual([]);
  });

  it("rejects out-of-range values with specific messages", () => {
    expect(issues({ ...DEFAULT_REVIEW_SETTINGS, desiredRetention: 0.5 })).toEqual([
      "desiredRetention: desired retention must be at least 0.70",
    ]);
    expect(issues({ ...DEFAULT_REVIEW_SETTINGS, desiredRetention: 0.99 })).toEqual([
      "desiredRetention: desired retention must be at most 0.97",
    ]);
    expect(issues({ ...DEFAULT_REVIEW_SETTINGS, newPerDay: 2.5 })).toEqual([
      "newPerDay: new items per day must be a whole number",
    ]);
    expect(issues({ ...DEFAULT_REVIEW_SETTINGS, maxIntervalDays: 0 })).toEqual([
      "maxIntervalDays: the maximum interval is at least 1 day",
    ]);
  });

  it("rejects malformed learning steps", () => {
    expect(issues({ ...DEFAULT_REVIEW_SETTINGS, learningSteps: ["1m", "ten minutes"] })).toEqual([
      "learningSteps.1: each step is a whole number of minutes, hours or days, like 1m, 10m, 1h or 1d",
    ]);
    expect(issues({ ...DEFAULT_REVIEW_SETTINGS, relearningSteps: ["0m"] })).toHaveLength(1);
  });
});
