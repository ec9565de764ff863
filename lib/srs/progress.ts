import { State } from "ts-fsrs";

export type CardProgress = "not-started" | "new" | "learning" | "mastered";

/** Anki calls a card "mature" once its interval reaches 21 days; we call a concept mastered then. */
export const MASTERED_INTERVAL_DAYS = 21;

/**
 * A concept's progress from the review states of its items: not started (none added),
 * new (added, never reviewed), mastered (every item in Review with an interval of 21+ days),
 * otherwise learning.
 */
export function cardProgress(states: { state: number; scheduledDays: number }[], itemCount: number): CardProgress {
  if (states.length === 0) return "not-started";
  if (states.every((s) => s.state === State.New)) return "new";
  const mastered =
    states.length >= itemCount &&
    states.every((s) => s.state === State.Review && s.scheduledDays >= MASTERED_INTERVAL_DAYS);
  return mastered ? "mastered" : "learning";
}
