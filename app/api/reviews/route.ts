import { NextResponse } from "next/server";
import { parseJson, withUser } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { reviewResponse } from "@/lib/server/review-route";
import { submitReview } from "@/lib/server/review-submit";
import { submitReviewSchema } from "@/lib/validations/review";

/** Records a rated review (idempotent by idempotencyKey). */
export const POST = withUser([], async ({ req, user }) => {
  const parsed = await parseJson(req, submitReviewSchema);
  if (!parsed.ok) return parsed.response;
  return reviewResponse(async () => {
    const result = await submitReview(db, user.id, parsed.data, new Date(), env().NEXTAUTH_SECRET);
    return NextResponse.json(result, { status: result.duplicate ? 200 : 201 });
  });
});
