/** Fired when the review queue changed outside the session (e.g. a bank subscription). */
export const QUEUE_CHANGED = "coldstart:queue-changed";
