import type { StateRow } from "./mapper";

/** A review state as JSON, for the log's "state before" column (dates as ISO strings). */
export function serializeState(row: StateRow): string {
  return JSON.stringify({
    due: row.due.toISOString(),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview ? row.lastReview.toISOString() : null,
  });
}

/** The state a snapshot describes, exactly as it was stored. */
export function parseState(json: string): StateRow {
  const s = JSON.parse(json) as Omit<StateRow, "due" | "lastReview"> & { due: string; lastReview: string | null };
  return { ...s, due: new Date(s.due), lastReview: s.lastReview ? new Date(s.lastReview) : null };
}
