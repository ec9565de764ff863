import { getCardProgress } from "@/lib/server/learn/cards";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";

export const dynamic = "force-dynamic";

/** The signed-in learner's progress on every concept card. */
export const GET = nextRoute(
  endpoint({ auth: "user" }, async ({ user }) => ok({ progress: await getCardProgress(db, user.id) })),
);
