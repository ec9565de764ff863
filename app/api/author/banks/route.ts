import { INSTRUCTOR_ROLES } from "@/lib/server/auth/authz";
import { createBank, listAuthorBanks } from "@/lib/server/authoring/banks";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { createBankSchema } from "@/lib/validations/authoring";

/** The question banks the signed-in instructor owns (admins see all). */
export const GET = nextRoute(
  endpoint({ auth: INSTRUCTOR_ROLES }, async ({ user }) => ok({ banks: await listAuthorBanks(db, user) })),
);

/** Creates an unpublished bank owned by the instructor. */
export const POST = nextRoute(
  endpoint({ auth: INSTRUCTOR_ROLES, body: createBankSchema }, async ({ user, input }) =>
    ok({ bank: await createBank(db, user, input) }, 201),
  ),
);
