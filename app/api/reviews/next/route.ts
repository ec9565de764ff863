import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { nextReview } from "@/lib/server/reviews/queue";

export const dynamic = "force-dynamic";

/** The next item to review, without its answer key. */
export const GET = nextRoute(
  endpoint({ auth: "user" }, async ({ req, user, now }) =>
    ok(await nextReview(db, user.id, now, req.url.searchParams.get("prefer") ?? undefined)),
  ),
);
