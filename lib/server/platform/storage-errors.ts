import { AppError } from "./errors";

/** What the learner reads when the database cannot take a write; their work stays on the page. */
export const CANNOT_SAVE =
  "The server cannot save changes right now (its database is read-only or out of space). Nothing was saved; your answer is still here, so try again in a moment.";
export const BUSY = "The database is busy; nothing was saved. Try again in a moment.";

// SQLite result codes (better-sqlite3's `code`, and Prisma's for its SQLite adapter) that mean the
// database cannot take writes for now, rather than a bug in the request: a read-only file or
// connection, a full disk or page limit, a failing disk.
const CANNOT_WRITE = /^SQLITE_(READONLY|FULL|IOERR|CANTOPEN)/;
// The same conditions on PostgreSQL (SQLSTATE), for when the app moves there: disk full, out of
// memory, read-only transaction, and Prisma's "cannot reach / connection closed".
const SERVER_CANNOT_WRITE = new Set(["53100", "53200", "25006", "P1001", "P1017"]);

type DriverError = {
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } };
};

/**
 * The AppError (503, with Retry-After) for an error that says the database cannot take writes
 * right now, or null for any other error. The write it interrupted was rolled back by SQLite (or
 * the server), so nothing is half-written and the same request can simply be sent again.
 */
export function storageUnavailable(e: unknown): AppError | null {
  if (e instanceof AppError || typeof e !== "object" || e === null) return null;
  const err = e as DriverError;
  const cause = err.meta?.driverAdapterError?.cause;
  const codes = [err.code, cause?.originalCode, cause?.code].filter((c): c is string => typeof c === "string");
  if (codes.some((c) => CANNOT_WRITE.test(c) || SERVER_CANNOT_WRITE.has(c))) {
    return new AppError(503, CANNOT_SAVE, undefined, { "Retry-After": "5" });
  }
  // Prisma's SQLite adapter gave up waiting for another writer's lock (its busy timeout).
  if (codes.includes("SQLITE_BUSY")) return new AppError(503, BUSY, undefined, { "Retry-After": "1" });
  return null;
}
