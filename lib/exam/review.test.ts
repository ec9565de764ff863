import { describe, expect, it } from "vitest";
import { filterReview, groupMisconceptions, latestWrong, outcomeOf, reviewCounts, scoreTrend } from "./review";

const items = [
  { position: 1, outcome: "correct", flagged: false, domain: "D1" },
  { position: 2, outcome: "incorrect", flagged: true, domain: "D2" },
  { position: 3, outcome: "skipped", flagged: false, domain: "D2" },
  { position: 4, outcome: "incorrect", flagged: false, domain: null },
] as const;

describe("the results review", () => {
  it("tells correct, incorrect and skipped apart", () => {
    expect(outcomeOf({ selected: [], correct: false })).toBe("skipped");
    expect(outcomeOf({ selected: ["a"], correct: false })).toBe("incorrect");
    expect(outcomeOf({ selected: ["a", "b"], correct: true })).toBe("correct");
  });

  it("filters by outcome, flag and domain, and counts", () => {
    const pos = (f: Parameters<typeof filterReview>[1]) => filterReview(items, f).map((i) => i.position);
    expect(pos({ show: "all", domain: "all" })).toEqual([1, 2, 3, 4]);
    expect(pos({ show: "incorrect", domain: "all" })).toEqual([2, 4]);
    expect(pos({ show: "flagged", domain: "all" })).toEqual([2]);
    expect(pos({ show: "all", domain: "D2" })).toEqual([2, 3]);
    expect(pos({ show: "skipped", domain: "D1" })).toEqual([]);
    expect(reviewCounts(items)).toEqual({ all: 4, correct: 1, incorrect: 2, skipped: 1, flagged: 1 });
  });

  it("groups the chosen distractors by the misconception they embody, most frequent first", () => {
    const groups = groupMisconceptions([
      { position: 3, optionId: "x", misconception: "timeout#max-15", correct: false },
      { position: 1, optionId: "y", misconception: "retries#async-twice", correct: false },
      { position: 1, optionId: "z", misconception: "timeout#max-15", correct: false },
      { position: 5, optionId: "w", misconception: null, correct: false }, // a plain distractor
      { position: 6, optionId: "v", misconception: "retries#x", correct: true }, // never from a right option
    ]);
    expect(groups).toEqual([
      { ref: "timeout#max-15", cardId: "timeout", pairId: "max-15", positions: [1, 3] },
      { ref: "retries#async-twice", cardId: "retries", pairId: "async-twice", positions: [1] },
    ]);
  });

  it("reports the score trend as points per attempt over the last five", () => {
    expect(scoreTrend([])).toBeNull();
    expect(scoreTrend([700])).toBeNull();
    expect(scoreTrend([600, 650, 700])).toBeCloseTo(50);
    expect(scoreTrend([100, 900, 700, 700, 700, 700])).toBeCloseTo(-40); // only the last five count
  });
});

describe("missed questions", () => {
  it("keeps a question only while its latest graded answer is wrong, in whatever order the grades arrive", () => {
    const grades = [
      { questionId: "a", correct: false, at: 1 },
      { questionId: "a", correct: true, at: 2 }, // fixed later
      { questionId: "b", correct: true, at: 1 },
      { questionId: "b", correct: false, at: 3 }, // slipped later
      { questionId: "c", correct: false, at: 5 },
    ];
    expect(latestWrong(grades)).toEqual(["b", "c"]);
    expect(latestWrong([...grades].reverse())).toEqual(["b", "c"]);
    expect(latestWrong([])).toEqual([]);
  });
});
