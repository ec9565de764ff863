import { subscribe, unsubscribe } from "@/lib/server/banks/subscriptions";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { bankParamsSchema } from "@/lib/validations/banks";

/** Subscribes the learner to a published bank: its questions join their reviews. */
export const PUT = nextRoute(
  endpoint({ auth: "user", params: bankParamsSchema }, async ({ user, params, now }) =>
    ok({ subscribed: true, added: await subscribe(db, user.id, params.bankId, now) }),
  ),
);

/** Unsubscribes; review history is kept. */
export const DELETE = nextRoute(
  endpoint({ auth: "user", params: bankParamsSchema }, async ({ user, params }) => {
    await unsubscribe(db, user.id, params.bankId);
    return ok({ subscribed: false });
  }),
);
