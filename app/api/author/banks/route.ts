import { INSTRUCTOR_ROLES } from "@/lib/server/auth/authz";
import { listBanksForAuthor } from "@/lib/server/banks/author-banks";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";

/** The question banks the signed-in instructor owns (admins see all). */
export const GET = nextRoute(
  endpoint({ auth: INSTRUCTOR_ROLES }, async ({ user }) => ok({ banks: await listBanksForAuthor(db, user) })),
);
