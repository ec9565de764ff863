import { NextResponse } from "next/server";
import { jsonError, withUser } from "@/lib/server/platform/http/route";
import { db } from "@/lib/server/platform/db";
import { NotFoundError } from "@/lib/server/learn/cards";
import { subscribe, unsubscribe } from "@/lib/server/banks/subscriptions";

type Params = { bankId: string };

/** Subscribes the learner to a published bank: its questions join their reviews. */
export const PUT = withUser<Params>([], async ({ user, params }) => {
  try {
    const added = await subscribe(db, user.id, params.bankId, new Date());
    return NextResponse.json({ subscribed: true, added });
  } catch (e) {
    if (e instanceof NotFoundError) return jsonError(404, e.message);
    throw e;
  }
});

/** Unsubscribes; review history is kept. */
export const DELETE = withUser<Params>([], async ({ user, params }) => {
  await unsubscribe(db, user.id, params.bankId);
  return NextResponse.json({ subscribed: false });
});
