import { describe, expect, it } from "vitest";
import { analyseItem, pointBiserial, respondentScores } from "./analysis";

// Scores 1.0, 0.8, 0.6, 0.4, 0.2; the top three right. By hand: M1 = 0.8, M0 = 0.3, mean 0.6,
// population variance (0.16 + 0.04 + 0 + 0.04 + 0.16) / 5 = 0.08, s = 0.28284, p = 0.6,
// r = (0.8 − 0.3) / 0.28284 · √(0.6 · 0.4) = 1.76777 · 0.48990 = 0.86603 (= √3 / 2).
const scores = [1, 0.8, 0.6, 0.4, 0.2];

describe("point-biserial discrimination", () => {
  it("matches the hand computation, and flips sign when the weakest are the ones right", () => {
    expect(pointBiserial(scores.map((score, i) => ({ score, correct: i < 3 })))).toBeCloseTo(Math.sqrt(3) / 2, 10);
    expect(pointBiserial(scores.map((score, i) => ({ score, correct: i >= 3 })))).toBeCloseTo(-0.86603, 5);
  });

  it("is undefined when everyone is right, everyone wrong, or every score is the same", () => {
    expect(pointBiserial(scores.map((score) => ({ score, correct: true })))).toBeNull();
    expect(pointBiserial(scores.map((score) => ({ score, correct: false })))).toBeNull();
    expect(pointBiserial([0.5, 0.5, 0.5].map((score, i) => ({ score, correct: i === 0 })))).toBeNull();
  });
});

describe("item analysis", () => {
  const key = { id: "q", options: ["A", "B", "C", "D"].map((id) => ({ id, correct: id === "A" })) };
  const score = new Map(scores.map((s, i) => [`r${i}`, s]));

  it("facility, choice frequencies and no flag for a sound item", () => {
    const picks = ["A", "A", "A", "B", "C"];
    const stats = analyseItem(
      key,
      picks.map((p, i) => ({ respondent: `r${i}`, selected: [p], correct: p === "A" })),
      score,
    );
    expect(stats.facility).toBe(0.6);
    expect(stats.discrimination).toBeCloseTo(0.86603, 5);
    expect(stats.choices.map((c) => [c.optionId, c.chosen, c.share])).toEqual([
      ["A", 3, 0.6],
      ["B", 1, 0.2],
      ["C", 1, 0.2],
      ["D", 0, 0],
    ]);
    expect(stats.flags).toEqual([]);
  });

  it("flags negative discrimination and a distractor chosen more often than the key", () => {
    const picks = ["B", "B", "B", "A", "A"];
    const stats = analyseItem(
      key,
      picks.map((p, i) => ({ respondent: `r${i}`, selected: [p], correct: p === "A" })),
      score,
    );
    expect(stats.facility).toBe(0.4);
    expect(stats.flags).toEqual([
      "negative discrimination: stronger candidates get it wrong more often than weaker ones",
      "distractor B is chosen more often than the key",
    ]);
  });

  it("does not flag before it has enough responses", () => {
    const stats = analyseItem(key, [{ respondent: "r4", selected: ["B"], correct: false }], score);
    expect(stats.flags).toEqual([]);
  });

  it("a respondent's score is their share of right answers", () => {
    const s = respondentScores([
      { respondent: "x", selected: [], correct: true },
      { respondent: "x", selected: [], correct: false },
      { respondent: "y", selected: [], correct: true },
    ]);
    expect([...s]).toEqual([
      ["x", 0.5],
      ["y", 1],
    ]);
  });
});
