import { checkAnswer } from "@/lib/server/exams/check";
import { examNow } from "@/lib/server/exams/clock";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { answerParamsSchema, saveAnswerSchema } from "@/lib/validations/exams";

/** Practice modes: locks the answer and reveals the key and explanations (403 in a timed mock). */
export const POST = nextRoute(
  endpoint(
    { auth: "user", params: answerParamsSchema, body: saveAnswerSchema, maxBodyBytes: 4096 },
    async ({ user, params, input }) =>
      ok(await checkAnswer(db, user.id, params.attemptId, params.position, input, examNow())),
  ),
);
