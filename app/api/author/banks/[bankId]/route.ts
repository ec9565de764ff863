import { INSTRUCTOR_ROLES } from "@/lib/server/auth/authz";
import { deleteBank, updateBank } from "@/lib/server/authoring/banks";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { bankParams, updateBankSchema } from "@/lib/validations/authoring";

/** Renames, describes, publishes (422 until every question meets the format rules) or unpublishes. */
export const PATCH = nextRoute(
  endpoint({ auth: INSTRUCTOR_ROLES, params: bankParams, body: updateBankSchema }, async ({ user, params, input }) =>
    ok({ bank: await updateBank(db, user, params.bankId, input) }),
  ),
);

/** Deletes the bank, or archives it when past attempts or reviews used it. */
export const DELETE = nextRoute(
  endpoint({ auth: INSTRUCTOR_ROLES, params: bankParams }, async ({ user, params, now }) =>
    ok(await deleteBank(db, user, params.bankId, now)),
  ),
);
