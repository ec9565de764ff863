import { NextResponse } from "next/server";
import { parseJson, withUser } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { answerItem } from "@/lib/server/review-answer";
import { reviewResponse } from "@/lib/server/review-route";
import { answerSchema } from "@/lib/validations/review";

/** Grades an answer and reveals the key and feedback (nothing is recorded until the rating). */
export const POST = withUser([], async ({ req, user }) => {
  const parsed = await parseJson(req, answerSchema);
  if (!parsed.ok) return parsed.response;
  return reviewResponse(async () =>
    NextResponse.json(await answerItem(db, user.id, parsed.data, new Date(), env().NEXTAUTH_SECRET)),
  );
});
