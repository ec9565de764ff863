import { NextResponse } from "next/server";
import { db } from "@/lib/server/platform/db";

export const dynamic = "force-dynamic";

/**
 * Liveness plus a database round trip, for load balancers and the e2e server wait: 200 when this
 * server can reach its database, 503 (take it out of rotation) when it cannot. The reason goes to
 * the server log, not to the caller.
 */
export async function GET(): Promise<Response> {
  const headers = { "Cache-Control": "no-store" };
  try {
    await db.user.findFirst({ select: { id: true } });
  } catch (e) {
    console.error("[health] database unreachable:", e instanceof Error ? e.message : e);
    return NextResponse.json({ ok: false, error: "database unreachable" }, { status: 503, headers });
  }
  return NextResponse.json({ ok: true }, { headers });
}
