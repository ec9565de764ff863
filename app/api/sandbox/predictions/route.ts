import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { savePrediction } from "@/lib/server/sandbox/predictions";
import { savePredictionSchema } from "@/lib/validations/sandbox";

/** Saves the signed-in learner's prediction for a sandbox preset; the server judges it by running the preset. */
export const POST = nextRoute(
  endpoint({ auth: "user", body: savePredictionSchema, maxBodyBytes: 2048 }, async ({ user, input }) =>
    ok(await savePrediction(db, user.id, input), 201),
  ),
);
