import { examNow } from "@/lib/server/exams/clock";
import { submitByLearner } from "@/lib/server/exams/finish";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { attemptParamsSchema } from "@/lib/validations/exams";

/** Submits the attempt (idempotent); the results page then shows the score. */
export const POST = nextRoute(
  endpoint({ auth: "user", params: attemptParamsSchema }, async ({ user, params }) =>
    ok(await submitByLearner(db, user.id, params.attemptId, examNow())),
  ),
);
