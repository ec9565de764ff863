import "server-only";
import { env } from "../platform/env";
import { endpoint, ok } from "../platform/http/endpoint";
import { reviewStore } from "./storage/select-store";
import { submitReview } from "./submit";
import { submitReviewSchema } from "@/lib/validations/review";

/**
 * POST /api/reviews: records a rated review (idempotent by idempotencyKey). The Next route
 * handler and the production server's fast lane (../production-server/fast-lane.ts) both answer with this
 * endpoint, so the two cannot drift: same wrapper, same validation, same store.
 */
export const submitReviewEndpoint = endpoint(
  { auth: "user", body: submitReviewSchema },
  async ({ user, input, now }) => {
    const result = await submitReview(reviewStore(), user.id, input, now, env().NEXTAUTH_SECRET);
    return ok(result, result.duplicate ? 200 : 201);
  },
);
