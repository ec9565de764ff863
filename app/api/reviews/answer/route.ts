import { db } from "@/lib/server/platform/db";
import { env } from "@/lib/server/platform/env";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { answerItem } from "@/lib/server/reviews/answer";
import { answerSchema } from "@/lib/validations/review";

/** Grades an answer and reveals the key and feedback (nothing is recorded until the rating). */
export const POST = nextRoute(
  endpoint({ auth: "user", body: answerSchema }, async ({ user, input, now }) =>
    ok(await answerItem(db, user.id, input, now, env().NEXTAUTH_SECRET)),
  ),
);
