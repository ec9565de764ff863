import { INSTRUCTOR_ROLES } from "@/lib/server/auth/authz";
import { deleteQuestion, loadQuestion, updateQuestion } from "@/lib/server/authoring/questions";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { questionInputSchema, questionParams } from "@/lib/validations/authoring";

/** The live version of a question, as the editor loads it. */
export const GET = nextRoute(
  endpoint({ auth: INSTRUCTOR_ROLES, params: questionParams }, async ({ user, params }) => {
    const q = await loadQuestion(db, user, params.bankId, params.lineageId);
    return ok({ version: q.version, question: q.draft });
  }),
);

/** Saves an edit; a question learners may have seen gets a new version ("versioned"). */
export const PUT = nextRoute(
  endpoint(
    { auth: INSTRUCTOR_ROLES, params: questionParams, body: questionInputSchema },
    async ({ user, params, input, now }) =>
      ok(await updateQuestion(db, user, params.bankId, params.lineageId, input, now)),
  ),
);

/** Takes the question out of the bank; its versions and learners' history stay. */
export const DELETE = nextRoute(
  endpoint({ auth: INSTRUCTOR_ROLES, params: questionParams }, async ({ user, params, now }) => {
    await deleteQuestion(db, user, params.bankId, params.lineageId, now);
    return ok({ deleted: true });
  }),
);
