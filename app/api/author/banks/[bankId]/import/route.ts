import { INSTRUCTOR_ROLES } from "@/lib/server/auth/authz";
import { getBankForAuthorOrThrow } from "@/lib/server/authoring/access";
import { importText } from "@/lib/server/authoring/import";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { bankParams, IMPORT_MAX_BYTES, importSchema } from "@/lib/validations/authoring";

/**
 * Imports a GIFT, Aiken or JSON file into the bank in one transaction, or (dryRun) says what it
 * would do. Any error in the file: 422 listing every error with its line, nothing imported.
 */
export const POST = nextRoute(
  endpoint(
    { auth: INSTRUCTOR_ROLES, params: bankParams, body: importSchema, maxBodyBytes: IMPORT_MAX_BYTES },
    async ({ user, params, input, now }) => {
      await getBankForAuthorOrThrow(db, user, params.bankId);
      return ok({ report: await importText(db, params.bankId, input.format, input.text, now, input.dryRun) });
    },
  ),
);
