import { INSTRUCTOR_ROLES } from "@/lib/server/auth/authz";
import { exportMisconceptionsAnki } from "@/lib/server/authoring/export";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";

/** The concept cards' misconception pairs as an Anki deck ({ filename, contentType, text }). */
export const GET = nextRoute(endpoint({ auth: INSTRUCTOR_ROLES }, async () => ok(exportMisconceptionsAnki())));
