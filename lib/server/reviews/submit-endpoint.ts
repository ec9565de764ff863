import "server-only";
import { apiUserOrThrow, type CredentialSource } from "../auth/api-user";
import { AuthError } from "../auth/authz";
import { reviewStore } from "../platform/db";
import { env } from "../platform/env";
import { parseJsonBody, type JsonReply } from "../platform/http/json-body";
import { ReviewError } from "./review-errors";
import { submitReview } from "./submit";
import { DatabaseBusyError } from "./storage/sqlite-review-store";
import { submitReviewSchema } from "@/lib/validations/review";

/**
 * POST /api/reviews, independent of the HTTP layer: records a rated review (idempotent by
 * idempotencyKey). The Next route handler and the production server's fast lane both answer
 * with this, so the two cannot drift: same session check, same validation, same store.
 */
export async function submitReviewReply(
  req: CredentialSource,
  contentType: string | null | undefined,
  bodyText: string,
  now: Date,
): Promise<JsonReply> {
  let userId: string;
  try {
    userId = (await apiUserOrThrow(req)).id;
  } catch (e) {
    if (e instanceof AuthError) return { status: e.status, body: { error: e.message } };
    throw e;
  }
  const parsed = parseJsonBody(contentType, bodyText, submitReviewSchema);
  if (!parsed.ok) return parsed.reply;
  try {
    const result = await submitReview(reviewStore(), userId, parsed.data, now, env().NEXTAUTH_SECRET);
    return { status: result.duplicate ? 200 : 201, body: result };
  } catch (e) {
    if (e instanceof ReviewError) return { status: e.status, body: { error: e.message } };
    if (e instanceof DatabaseBusyError) return { status: 503, body: { error: e.message } };
    throw e;
  }
}
