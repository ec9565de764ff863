import { examNow } from "@/lib/server/exams/clock";
import { getAttemptView } from "@/lib/server/exams/view";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { attemptParamsSchema } from "@/lib/validations/exams";

/** The attempt in progress without any key (a timed mock's keys come only with the results), or `submitted`. */
export const GET = nextRoute(
  endpoint({ auth: "user", params: attemptParamsSchema }, async ({ user, params }) =>
    ok(await getAttemptView(db, user.id, params.attemptId, examNow())),
  ),
);
