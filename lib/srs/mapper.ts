import { createEmptyCard, type Card as FsrsCard, type ReviewLog as FsrsLog, State } from "ts-fsrs";

/** A review state row, as Prisma stores it (camelCase, dates as Date). */
export type StateRow = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

/** The review-log columns that come from ts-fsrs's ReviewLog. */
export type LogRow = {
  rating: number;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsed: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
};

/** A ts-fsrs Card from a stored row (the one place ts-fsrs's snake_case is read). */
export function toFsrsCard(row: StateRow): FsrsCard {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as State,
    last_review: row.lastReview ?? undefined,
  };
}

/** A stored row from a ts-fsrs Card. */
export function fromFsrsCard(card: FsrsCard): StateRow {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/** Review-log columns from a ts-fsrs ReviewLog. */
export function fromFsrsLog(log: FsrsLog): LogRow {
  return {
    rating: log.rating,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsed: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    reviewedAt: log.review,
  };
}

/** The state of an item just added to a learner's reviews: New, due now. */
export function newStateRow(now: Date): StateRow {
  return fromFsrsCard(createEmptyCard(now));
}

export { State };
