import { NextResponse } from "next/server";
import { parseJson, withUser } from "@/lib/server/platform/http/route";
import { db } from "@/lib/server/platform/db";
import { env } from "@/lib/server/platform/env";
import { answerItem } from "@/lib/server/reviews/answer";
import { reviewResponse } from "@/lib/server/reviews/review-route";
import { answerSchema } from "@/lib/validations/review";

/** Grades an answer and reveals the key and feedback (nothing is recorded until the rating). */
export const POST = withUser([], async ({ req, user }) => {
  const parsed = await parseJson(req, answerSchema);
  if (!parsed.ok) return parsed.response;
  return reviewResponse(async () =>
    NextResponse.json(await answerItem(db, user.id, parsed.data, new Date(), env().NEXTAUTH_SECRET)),
  );
});
