import { INSTRUCTOR_ROLES } from "@/lib/server/auth/authz";
import { reorderQuestions } from "@/lib/server/authoring/questions";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { bankParams, reorderSchema } from "@/lib/validations/authoring";

/** Puts the bank's questions in the given order (409 when the list changed meanwhile). */
export const PUT = nextRoute(
  endpoint({ auth: INSTRUCTOR_ROLES, params: bankParams, body: reorderSchema }, async ({ user, params, input }) => {
    await reorderQuestions(db, user, params.bankId, input.order);
    return ok({ order: input.order });
  }),
);
