import { NextResponse } from "next/server";
import { withUser } from "@/lib/server/platform/http/route";
import { db } from "@/lib/server/platform/db";
import { reviewResponse } from "@/lib/server/reviews/review-route";
import { undoLastReview } from "@/lib/server/reviews/undo";

/** Undoes the learner's most recent review. */
export const POST = withUser([], async ({ user }) =>
  reviewResponse(async () => NextResponse.json(await undoLastReview(db, user.id, new Date()))),
);
