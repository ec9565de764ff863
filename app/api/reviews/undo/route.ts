import { NextResponse } from "next/server";
import { withUser } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { reviewResponse } from "@/lib/server/review-route";
import { undoLastReview } from "@/lib/server/review-undo";

/** Undoes the learner's most recent review. */
export const POST = withUser([], async ({ user }) =>
  reviewResponse(async () => NextResponse.json(await undoLastReview(db, user.id, new Date()))),
);
