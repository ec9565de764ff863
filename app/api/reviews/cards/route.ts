import { addCardsToReviews } from "@/lib/server/learn/cards";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { addCardsSchema } from "@/lib/validations/learn";

/** Adds the review items of the given cards to the signed-in learner's reviews (idempotent). */
export const POST = nextRoute(
  endpoint({ auth: "user", body: addCardsSchema }, async ({ user, input, now }) =>
    ok({ added: await addCardsToReviews(db, user.id, input.cardIds, now) }),
  ),
);
