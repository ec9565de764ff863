import { INSTRUCTOR_ROLES } from "@/lib/server/auth/authz";
import { duplicateQuestion } from "@/lib/server/authoring/questions";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { questionParams } from "@/lib/validations/authoring";

/** Copies the question right after itself. */
export const POST = nextRoute(
  endpoint({ auth: INSTRUCTOR_ROLES, params: questionParams }, async ({ user, params, now }) =>
    ok(await duplicateQuestion(db, user, params.bankId, params.lineageId, now), 201),
  ),
);
