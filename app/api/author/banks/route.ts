import { NextResponse } from "next/server";
import { withUser } from "@/lib/server/api";
import { listBanksForAuthor } from "@/lib/server/banks";
import { db } from "@/lib/server/db";
import { INSTRUCTOR_ROLES } from "@/lib/server/session";

/** The question banks the signed-in instructor owns (admins see all). */
export const GET = withUser(INSTRUCTOR_ROLES, async ({ user }) => {
  return NextResponse.json({ banks: await listBanksForAuthor(db, user) });
});
