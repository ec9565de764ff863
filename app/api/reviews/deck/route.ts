import { addLambdaDeck } from "@/lib/server/learn/lambda-deck";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { addDeckSchema } from "@/lib/validations/learn";

/** Adds the Lambda deck (every concept card's review items) to the signed-in learner's reviews; idempotent. */
export const POST = nextRoute(
  endpoint({ auth: "user", body: addDeckSchema }, async ({ user, now }) => ok(await addLambdaDeck(db, user.id, now))),
);
