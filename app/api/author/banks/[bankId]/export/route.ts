import { INSTRUCTOR_ROLES } from "@/lib/server/auth/authz";
import { getBankForAuthorOrThrow } from "@/lib/server/authoring/access";
import { exportBank } from "@/lib/server/authoring/export";
import { AppError } from "@/lib/server/platform/errors";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { bankParams, exportQuery } from "@/lib/validations/authoring";

/** The bank as a GIFT, JSON or Anki file: { filename, contentType, text } (the page saves it). */
export const GET = nextRoute(
  endpoint({ auth: INSTRUCTOR_ROLES, params: bankParams }, async ({ req, user, params }) => {
    const query = exportQuery.safeParse({ format: req.url.searchParams.get("format") });
    if (!query.success) throw new AppError(400, "format must be gift, json or anki");
    const bank = await getBankForAuthorOrThrow(db, user, params.bankId);
    return ok(await exportBank(db, bank, query.data.format));
  }),
);
