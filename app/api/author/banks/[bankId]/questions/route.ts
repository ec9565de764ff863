import { INSTRUCTOR_ROLES } from "@/lib/server/auth/authz";
import { createQuestion, listBankQuestions } from "@/lib/server/authoring/questions";
import { getBankForAuthorOrThrow } from "@/lib/server/authoring/access";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { bankParams, questionInputSchema } from "@/lib/validations/authoring";

/** The bank's live questions with the problems that block publishing. */
export const GET = nextRoute(
  endpoint({ auth: INSTRUCTOR_ROLES, params: bankParams }, async ({ user, params }) => {
    await getBankForAuthorOrThrow(db, user, params.bankId);
    return ok({ questions: await listBankQuestions(db, params.bankId) });
  }),
);

/** Adds a question (422 with each field's problem when it breaks the format rules). */
export const POST = nextRoute(
  endpoint(
    { auth: INSTRUCTOR_ROLES, params: bankParams, body: questionInputSchema },
    async ({ user, params, input, now }) => ok(await createQuestion(db, user, params.bankId, input, now), 201),
  ),
);
