import { NextResponse } from "next/server";
import { withUser } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { getCardProgress } from "@/lib/server/learn";

export const dynamic = "force-dynamic";

/** The signed-in learner's progress on every concept card. */
export const GET = withUser([], async ({ user }) => {
  return NextResponse.json({ progress: await getCardProgress(db, user.id) });
});
