import { NextResponse } from "next/server";
import { db } from "@/lib/server/platform/db";

export const dynamic = "force-dynamic";

/** Liveness plus a database round trip, for load balancers and the e2e server wait. */
export async function GET(): Promise<Response> {
  await db.user.findFirst({ select: { id: true } });
  return NextResponse.json({ ok: true });
}
