import { Rating, type Grade } from "ts-fsrs";

export type RatingCheck = { ok: true; grade: Grade } | { ok: false; error: string };

/**
 * Objective items are graded by the answer: a wrong answer is always Again; a right answer
 * lets the learner choose Hard, Good or Easy, and Good is what they get if they just accept.
 */
export function ratingFor(correct: boolean, requested: Grade | undefined): RatingCheck {
  if (!correct) {
    if (requested !== undefined && requested !== Rating.Again) {
      return { ok: false, error: "A wrong answer is always rated Again" };
    }
    return { ok: true, grade: Rating.Again };
  }
  if (requested === Rating.Again) return { ok: false, error: "A right answer is rated Hard, Good or Easy" };
  return { ok: true, grade: requested ?? Rating.Good };
}

/** The ratings the learner may pick after answering. */
export function allowedGrades(correct: boolean): Grade[] {
  return correct ? [Rating.Hard, Rating.Good, Rating.Easy] : [Rating.Again];
}
