import { NextResponse } from "next/server";
import { withUser } from "@/lib/server/platform/http/route";
import { db } from "@/lib/server/platform/db";
import { nextReview } from "@/lib/server/reviews/queue";

export const dynamic = "force-dynamic";

/** The next item to review, without its answer key. */
export const GET = withUser([], async ({ req, user }) => {
  const prefer = new URL(req.url).searchParams.get("prefer") ?? undefined;
  return NextResponse.json(await nextReview(db, user.id, new Date(), prefer));
});
