import { NextResponse } from "next/server";
import { jsonError, parseJson, withUser } from "@/lib/server/platform/http/route";
import { db } from "@/lib/server/platform/db";
import { addCardsToReviews, NotFoundError } from "@/lib/server/learn/cards";
import { addCardsSchema } from "@/lib/validations/learn";

/** Adds the review items of the given cards to the signed-in learner's reviews (idempotent). */
export const POST = withUser([], async ({ req, user }) => {
  const parsed = await parseJson(req, addCardsSchema);
  if (!parsed.ok) return parsed.response;
  try {
    const added = await addCardsToReviews(db, user.id, parsed.data.cardIds, new Date());
    return NextResponse.json({ added });
  } catch (e) {
    if (e instanceof NotFoundError) return jsonError(404, e.message);
    throw e;
  }
});
