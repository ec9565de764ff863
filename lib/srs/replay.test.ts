import { describe, expect, it } from "vitest";
import { createEmptyCard, default_learning_steps, default_relearning_steps, Rating, type Grade } from "ts-fsrs";
import { DEFAULT_REVIEW_SETTINGS, type ReviewSettings } from "@/lib/validations/review-settings";
import { fromFsrsCard, type StateRow } from "./mapper";
import { applyReview } from "./scheduler";

// ts-fsrs's published vector: Good×6, Again×2, Good×5, each review at the previous due time,
// default FSRS-6 parameters, fuzz off.
const SEQUENCE: Grade[] = [
  ...Array<Grade>(6).fill(Rating.Good),
  ...Array<Grade>(2).fill(Rating.Again),
  ...Array<Grade>(5).fill(Rating.Good),
];

function replay(settings: ReviewSettings): number[] {
  let row: StateRow = fromFsrsCard(createEmptyCard(new Date("2022-12-29T12:30:00Z")));
  let now = row.due;
  const days: number[] = [];
  for (const grade of SEQUENCE) {
    row = applyReview(row, grade, now, settings, { fuzz: false }).next;
    days.push(row.scheduledDays);
    now = row.due;
  }
  return days;
}

describe("scheduling replays ts-fsrs's published vector", () => {
  it("our defaults are ts-fsrs's default learning steps", () => {
    expect(DEFAULT_REVIEW_SETTINGS.learningSteps).toEqual([...default_learning_steps]);
    expect(DEFAULT_REVIEW_SETTINGS.relearningSteps).toEqual([...default_relearning_steps]);
    expect(DEFAULT_REVIEW_SETTINGS.desiredRetention).toBe(0.9);
  });

  it("with the default short-term learning steps", () => {
    expect(replay(DEFAULT_REVIEW_SETTINGS)).toEqual([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21]);
  });

  it("with short-term steps disabled", () => {
    expect(replay({ ...DEFAULT_REVIEW_SETTINGS, learningSteps: [], relearningSteps: [] })).toEqual([
      3, 14, 57, 196, 586, 1559, 10, 1, 3, 5, 9, 15, 25,
    ]);
  });

  it("caps intervals near the maximum interval", () => {
    // ts-fsrs clamps Hard to the maximum and keeps Good one day above Hard, so Good can land on max + 1.
    const days = replay({ ...DEFAULT_REVIEW_SETTINGS, maxIntervalDays: 100 });
    expect(days.slice(0, 6)).toEqual([0, 2, 11, 46, 101, 101]);
  });

  it("schedules shorter intervals for a higher desired retention", () => {
    const strict = replay({ ...DEFAULT_REVIEW_SETTINGS, desiredRetention: 0.95 });
    const loose = replay({ ...DEFAULT_REVIEW_SETTINGS, desiredRetention: 0.8 });
    expect(strict[5]!).toBeLessThan(498);
    expect(loose[5]!).toBeGreaterThan(498);
  });
});
