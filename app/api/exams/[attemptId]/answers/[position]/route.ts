import { examNow } from "@/lib/server/exams/clock";
import { saveAnswer } from "@/lib/server/exams/save";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { answerParamsSchema, saveAnswerSchema } from "@/lib/validations/exams";

/**
 * Autosaves one question (choice, flag, struck-out options). 200 when stored or already stored;
 * 409 with the stored answer when a newer save is already there; 409 once time is up.
 */
export const PUT = nextRoute(
  endpoint(
    { auth: "user", params: answerParamsSchema, body: saveAnswerSchema, maxBodyBytes: 4096 },
    async ({ user, params, input }) => {
      const r = await saveAnswer(db, user.id, params.attemptId, params.position, input, examNow());
      return r.status === "saved"
        ? ok({ answer: r.answer })
        : ok(
            { error: "A newer answer to this question is already saved (another tab or device?).", current: r.answer },
            409,
          );
    },
  ),
);
