import { INSTRUCTOR_ROLES } from "@/lib/server/auth/authz";
import { getBankForAuthorOrThrow } from "@/lib/server/authoring/access";
import { bankAnalysis } from "@/lib/server/authoring/analysis";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { bankParams } from "@/lib/validations/authoring";

/** Item analysis of the bank's live questions (facility, discrimination, choices, flags). */
export const GET = nextRoute(
  endpoint({ auth: INSTRUCTOR_ROLES, params: bankParams }, async ({ user, params }) => {
    await getBankForAuthorOrThrow(db, user, params.bankId);
    return ok({ items: await bankAnalysis(db, params.bankId) });
  }),
);
