import { Rating, type Grade } from "ts-fsrs";
import { verifyAnswer } from "./answer-token";
import { timeOrderedId } from "../platform/ids";
import { AppError } from "../platform/errors";
import type { ReviewStore } from "./storage/review-store";
import { ratingFor } from "@/lib/srs/grading";
import { applyReview, formatInterval, RATING_NAMES, type RatingName } from "@/lib/srs/scheduler";
import { parseState } from "@/lib/srs/snapshot";
import type { SubmitReviewInput } from "@/lib/validations/review";

export type SubmitResult = { itemId: string; rating: RatingName; due: Date; interval: string; duplicate: boolean };

const GRADE_OF: Record<RatingName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

async function existing(store: ReviewStore, userId: string, idempotencyKey: string): Promise<SubmitResult | null> {
  const log = await store.priorByKey(userId, idempotencyKey);
  if (!log) return null;
  return {
    itemId: log.itemId,
    rating: RATING_NAMES[log.rating as Grade],
    due: log.nextDue,
    interval: formatInterval(log.nextDue.getTime() - log.reviewedAt.getTime()),
    duplicate: true,
  };
}

/**
 * Records one rated review: checks the signed answer, applies the grading rule, schedules with
 * FSRS from the state the answer was graded on, and moves the state to the next version while
 * appending the log row (both or neither). A repeated idempotency key returns the first result and
 * records nothing; a review answered on a state that has changed since records nothing (409).
 */
export async function submitReview(
  store: ReviewStore,
  userId: string,
  input: SubmitReviewInput,
  now: Date,
  secret: string,
): Promise<SubmitResult> {
  const claim = verifyAnswer(input.token, now, secret);
  if (!claim || claim.userId !== userId || claim.itemId !== input.itemId) {
    throw new AppError(400, "The answer token is invalid or has expired; answer the item again");
  }
  const rating = ratingFor(claim.correct, input.rating ? GRADE_OF[input.rating] : undefined);
  if (!rating.ok) throw new AppError(400, rating.error);

  const { next, log } = applyReview(parseState(claim.state), rating.grade, now, claim.settings, { fuzz: true });
  // The state only moves if it is still at the answered version, and the log's unique
  // (user, item, baseVersion) refuses a second review of the same version.
  const outcome = await store.record({
    id: timeOrderedId(now),
    userId,
    itemId: input.itemId,
    idempotencyKey: input.idempotencyKey,
    baseVersion: claim.version,
    next,
    log,
    answer: JSON.stringify(claim.answer),
    correct: claim.correct,
    responseMs: input.responseMs ?? null,
    questionId: claim.questionId ?? null,
    prevState: claim.state,
  });
  if (outcome === "conflict") {
    const seen = await existing(store, userId, input.idempotencyKey);
    if (seen) return seen;
    throw new AppError(409, "This item was reviewed elsewhere since you answered it; load the next item");
  }
  return {
    itemId: input.itemId,
    rating: RATING_NAMES[rating.grade],
    due: next.due,
    interval: formatInterval(next.due.getTime() - now.getTime()),
    duplicate: false,
  };
}
