/** A field-level problem with a request, as clients show it next to the field ("options[2].text"). */
export type Issue = { path: string; message: string };
/** The JSON body of every error answer. */
export type ApiError = { error: string; issues?: Issue[] };

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503;

/**
 * The one error type of the server layer: a request that cannot be carried out, with the HTTP
 * status that says why and a message the learner can act on. Route handlers, the review fast lane
 * and pages all map it the same way (`errorReply`, `requirePageUser`); anything else is a bug (500).
 */
export class AppError extends Error {
  constructor(
    readonly status: ErrorStatus,
    message: string,
    readonly issues?: Issue[],
    /** Extra response headers, e.g. Retry-After for 429 and 503. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError(404, `${what} not found`);
export const unauthorized = () => new AppError(401, "Sign in to continue");
export const forbidden = () => new AppError(403, "You do not have permission to do this");

/** An HTTP answer as data, so Next route handlers and the fast lane share one implementation. */
export type JsonReply<T = unknown> = { status: number; body: T; headers?: Record<string, string> };

/** The JSON answer for an AppError; null for anything else (the caller rethrows: a 500). */
export function errorReply(e: unknown): JsonReply<ApiError> | null {
  if (!(e instanceof AppError)) return null;
  return {
    status: e.status,
    body: e.issues ? { error: e.message, issues: e.issues } : { error: e.message },
    headers: e.headers,
  };
}
