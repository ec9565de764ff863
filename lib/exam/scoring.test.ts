import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SAP_C02 } from "./blueprint";
import { isAnswerCorrect, isPass, scaledScore, scoreAttempt, type GradedAnswer } from "./scoring";

describe("all-or-nothing grading", () => {
  it("scores a multiple-response question only when exactly the correct set is chosen", () => {
    expect(isAnswerCorrect(["a", "c"], ["c", "a"])).toBe(true);
    expect(isAnswerCorrect(["a"], ["a", "c"])).toBe(false); // partial: no credit
    expect(isAnswerCorrect(["a", "b", "c"], ["a", "c"])).toBe(false); // a superset is wrong too
    expect(isAnswerCorrect(["a", "a"], ["a", "c"])).toBe(false);
    expect(isAnswerCorrect([], ["a"])).toBe(false); // unanswered counts as wrong
    expect(isAnswerCorrect(["b"], ["b"])).toBe(true);
  });
});

describe("the raw → scaled mapping", () => {
  it("maps 0 % to 100, the cut score to the pass mark and 100 % to 1000", () => {
    expect(scaledScore(0, 65, SAP_C02)).toBe(100);
    expect(scaledScore(65, 65, SAP_C02)).toBe(1000);
    // 72 % of 50 = 36 exactly: the pass mark.
    expect(scaledScore(36, 50, SAP_C02)).toBe(750);
    expect(isPass(36, 50, SAP_C02)).toBe(true);
    expect(scaledScore(35, 50, SAP_C02)).toBe(732); // 100 + 0.70 / 0.72 × 650 = 731.9
  });

  it("puts the 65-question pass line between 46 (fail) and 47 (pass) correct", () => {
    expect(isPass(46, 65, SAP_C02)).toBe(false); // 70.8 %
    expect(scaledScore(46, 65, SAP_C02)).toBe(739);
    expect(isPass(47, 65, SAP_C02)).toBe(true); // 72.3 %
    expect(scaledScore(47, 65, SAP_C02)).toBe(753);
  });

  it("is monotone, stays within 100–1000 and agrees with pass/fail for every raw score (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0.3, max: 0.95, noNaN: true }), (n, cut) => {
        const bp = { cutScore: cut, passMark: 750 };
        let last = 0;
        for (let k = 0; k <= n; k++) {
          const s = scaledScore(k, n, bp);
          expect(s).toBeGreaterThanOrEqual(100);
          expect(s).toBeLessThanOrEqual(1000);
          expect(s).toBeGreaterThanOrEqual(last);
          expect(s >= 750).toBe(isPass(k, n, bp));
          last = s;
        }
      }),
      { seed: Number(process.env.FC_SEED ?? 1202), numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });
});

describe("scoring an attempt", () => {
  const answer = (domain: GradedAnswer["domain"], correct: boolean, scored = true): GradedAnswer => ({
    domain,
    correct,
    scored,
  });

  it("counts only scored questions and rates each domain", () => {
    const answers = [
      ...Array.from({ length: 10 }, (_, i) => answer("D1", i < 9)),
      ...Array.from({ length: 10 }, (_, i) => answer("D2", i < 5)),
      answer("D3", false, false), // unscored: ignored however it went
      answer("D3", true, false),
    ];
    const s = scoreAttempt(answers, SAP_C02);
    expect(s.raw).toBe(14);
    expect(s.scoredCount).toBe(20);
    expect(s.scaled).toBe(732); // 70 %
    expect(s.passed).toBe(false);
    expect(s.domains.D1).toEqual({ correct: 9, total: 10, rating: "meets" });
    expect(s.domains.D2).toEqual({ correct: 5, total: 10, rating: "needs-improvement" });
    expect(s.domains.D3).toEqual({ correct: 0, total: 0, rating: null });
  });

  it("scores an empty attempt as 100 and failed", () => {
    expect(scoreAttempt([], SAP_C02)).toMatchObject({ raw: 0, scoredCount: 0, scaled: 100, passed: false });
  });
});
