import { NextResponse } from "next/server";
import { withUser } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { nextReview } from "@/lib/server/review-queue";

export const dynamic = "force-dynamic";

/** The next item to review, without its answer key. */
export const GET = withUser([], async ({ req, user }) => {
  const prefer = new URL(req.url).searchParams.get("prefer") ?? undefined;
  return NextResponse.json(await nextReview(db, user.id, new Date(), prefer));
});
