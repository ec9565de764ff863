import { NextResponse } from "next/server";
import { withUser } from "@/lib/server/platform/http/route";
import { listBanksForAuthor } from "@/lib/server/banks/author-banks";
import { db } from "@/lib/server/platform/db";
import { INSTRUCTOR_ROLES } from "@/lib/server/auth/session";

/** The question banks the signed-in instructor owns (admins see all). */
export const GET = withUser(INSTRUCTOR_ROLES, async ({ user }) => {
  return NextResponse.json({ banks: await listBanksForAuthor(db, user) });
});
