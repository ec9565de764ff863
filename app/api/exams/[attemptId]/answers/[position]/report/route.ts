import { examNow } from "@/lib/server/exams/clock";
import { reportQuestion } from "@/lib/server/exams/reports";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { answerParamsSchema, reportQuestionSchema } from "@/lib/validations/exams";

/** "Report this question": stored for the instructors' queue; once per question, rate-limited per learner. */
export const POST = nextRoute(
  endpoint(
    { auth: "user", params: answerParamsSchema, body: reportQuestionSchema, maxBodyBytes: 8192 },
    async ({ user, params, input }) =>
      ok(await reportQuestion(db, user.id, params.attemptId, params.position, input, examNow()), 201),
  ),
);
