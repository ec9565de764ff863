import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { getReviewSettings, saveReviewSettings } from "@/lib/server/reviews/settings";
import { reviewSettingsSchema } from "@/lib/validations/review-settings";

export const dynamic = "force-dynamic";

export const GET = nextRoute(endpoint({ auth: "user" }, async ({ user }) => ok(await getReviewSettings(db, user.id))));

/** Replaces the learner's review settings; invalid settings change nothing. */
export const PUT = nextRoute(
  endpoint({ auth: "user", body: reviewSettingsSchema }, async ({ user, input }) => {
    await saveReviewSettings(db, user.id, input);
    return ok(input);
  }),
);
