import { NextResponse } from "next/server";
import { parseJson, withUser } from "@/lib/server/platform/http/route";
import { db } from "@/lib/server/platform/db";
import { getReviewSettings, saveReviewSettings } from "@/lib/server/reviews/settings";
import { reviewSettingsSchema } from "@/lib/validations/review-settings";

export const dynamic = "force-dynamic";

export const GET = withUser([], async ({ user }) => NextResponse.json(await getReviewSettings(db, user.id)));

/** Replaces the learner's review settings; invalid settings change nothing. */
export const PUT = withUser([], async ({ req, user }) => {
  const parsed = await parseJson(req, reviewSettingsSchema);
  if (!parsed.ok) return parsed.response;
  await saveReviewSettings(db, user.id, parsed.data);
  return NextResponse.json(parsed.data);
});
