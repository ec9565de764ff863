import { fsrs, type FSRS, type Grade, Rating, type StepUnit } from "ts-fsrs";
import type { ReviewSettings } from "@/lib/validations/review-settings";
import { fromFsrsCard, fromFsrsLog, toFsrsCard, type LogRow, type StateRow } from "./mapper";

export type Options = { fuzz: boolean };
export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const;
export type RatingName = "again" | "hard" | "good" | "easy";
export const RATING_NAMES: Record<Grade, RatingName> = {
  [Rating.Again]: "again",
  [Rating.Hard]: "hard",
  [Rating.Good]: "good",
  [Rating.Easy]: "easy",
};

/** A ts-fsrs scheduler for a learner's settings. Fuzz is seeded by ts-fsrs from the card and time. */
export function schedulerFor(settings: ReviewSettings, options: Options): FSRS {
  const steps = settings.learningSteps as StepUnit[];
  return fsrs({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maxIntervalDays,
    enable_fuzz: options.fuzz,
    // With no steps at all, ts-fsrs schedules new items in days straight away (Anki's "no learning steps").
    enable_short_term: steps.length > 0 || settings.relearningSteps.length > 0,
    learning_steps: steps,
    relearning_steps: settings.relearningSteps as StepUnit[],
  });
}

/** The state and log row after rating a review at `now`. */
export function applyReview(
  row: StateRow,
  grade: Grade,
  now: Date,
  settings: ReviewSettings,
  options: Options,
): { next: StateRow; log: LogRow } {
  const { card, log } = schedulerFor(settings, options).next(toFsrsCard(row), now, grade);
  return { next: fromFsrsCard(card), log: fromFsrsLog(log) };
}

/** When each rating would schedule the item next, for the labels on the rating buttons. */
export function previewDue(
  row: StateRow,
  now: Date,
  settings: ReviewSettings,
  options: Options,
): Record<RatingName, Date> {
  const preview = schedulerFor(settings, options).repeat(toFsrsCard(row), now);
  return {
    again: preview[Rating.Again].card.due,
    hard: preview[Rating.Hard].card.due,
    good: preview[Rating.Good].card.due,
    easy: preview[Rating.Easy].card.due,
  };
}

/** The probability of recalling the item at `now` (FSRS retrievability, 0..1; 0 for never-reviewed items). */
export function retrievability(row: StateRow, now: Date, settings: ReviewSettings): number {
  if (row.state === 0) return 0;
  return schedulerFor(settings, { fuzz: false }).get_retrievability(toFsrsCard(row), now, false);
}

/** A short interval label in Anki's style: "1m", "10m", "3h", "2d", "1.5mo", "2.1y". */
export function formatInterval(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}

const trim = (x: number) => (x < 10 ? (Math.round(x * 10) / 10).toString() : Math.round(x).toString());
