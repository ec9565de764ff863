import { INSTRUCTOR_ROLES } from "@/lib/server/auth/authz";
import { setReportStatus } from "@/lib/server/authoring/reports";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { reportParams, resolveReportSchema } from "@/lib/validations/authoring";

/** Resolves, dismisses or reopens a report, with the instructor's note. */
export const PATCH = nextRoute(
  endpoint(
    { auth: INSTRUCTOR_ROLES, params: reportParams, body: resolveReportSchema },
    async ({ user, params, input, now }) =>
      ok({ report: await setReportStatus(db, user, params.reportId, input, now) }),
  ),
);
