import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { undoLastReview } from "@/lib/server/reviews/undo";

/** Undoes the learner's most recent review. */
export const POST = nextRoute(
  endpoint({ auth: "user" }, async ({ user, now }) => ok(await undoLastReview(db, user.id, now))),
);
