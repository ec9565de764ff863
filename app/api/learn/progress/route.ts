import { NextResponse } from "next/server";
import { withUser } from "@/lib/server/platform/http/route";
import { db } from "@/lib/server/platform/db";
import { getCardProgress } from "@/lib/server/learn/cards";

export const dynamic = "force-dynamic";

/** The signed-in learner's progress on every concept card. */
export const GET = withUser([], async ({ user }) => {
  return NextResponse.json({ progress: await getCardProgress(db, user.id) });
});
