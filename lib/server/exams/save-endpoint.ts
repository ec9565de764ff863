import "server-only";
import { db } from "../platform/db";
import { endpoint, ok } from "../platform/http/endpoint";
import { examNow } from "./clock";
import { saveAnswer } from "./save";
import { answerParamsSchema, saveAnswerSchema } from "@/lib/validations/exams";

/**
 * PUT /api/exams/:attemptId/answers/:position: autosaves one question (choice, flag, struck-out
 * options). 200 when stored or already stored; 409 with the stored answer when a newer save is
 * already there; 409 once time is up. The Next route handler and the production server's fast
 * lane (lib/server/production-server/fast-lane.ts) both answer with this endpoint, so the two
 * cannot drift: same wrapper, same validation, same save.
 */
export const saveAnswerEndpoint = endpoint(
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
);
