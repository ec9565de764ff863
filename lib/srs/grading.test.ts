import { describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import { allowedGrades, ratingFor } from "./grading";

describe("grading rules for objective items", () => {
  it("records Again for a wrong answer, and refuses any other rating for it", () => {
    expect(ratingFor(false, undefined)).toEqual({ ok: true, grade: Rating.Again });
    expect(ratingFor(false, Rating.Again)).toEqual({ ok: true, grade: Rating.Again });
    expect(ratingFor(false, Rating.Good)).toEqual({ ok: false, error: "A wrong answer is always rated Again" });
    expect(ratingFor(false, Rating.Easy).ok).toBe(false);
  });

  it("defaults a right answer to Good and lets the learner choose Hard or Easy", () => {
    expect(ratingFor(true, undefined)).toEqual({ ok: true, grade: Rating.Good });
    expect(ratingFor(true, Rating.Hard)).toEqual({ ok: true, grade: Rating.Hard });
    expect(ratingFor(true, Rating.Easy)).toEqual({ ok: true, grade: Rating.Easy });
    expect(ratingFor(true, Rating.Again)).toEqual({ ok: false, error: "A right answer is rated Hard, Good or Easy" });
  });

  it("offers the matching buttons", () => {
    expect(allowedGrades(false)).toEqual([Rating.Again]);
    expect(allowedGrades(true)).toEqual([Rating.Hard, Rating.Good, Rating.Easy]);
  });
});
