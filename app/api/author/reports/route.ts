import { INSTRUCTOR_ROLES } from "@/lib/server/auth/authz";
import { listReports } from "@/lib/server/authoring/reports";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";

/** Open reports on the instructor's banks (admins: all banks). */
export const GET = nextRoute(
  endpoint({ auth: INSTRUCTOR_ROLES }, async ({ user }) => ok({ reports: await listReports(db, user) })),
);
