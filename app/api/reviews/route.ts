import { NextResponse } from "next/server";
import { submitReviewReply } from "@/lib/server/reviews/submit-endpoint";

/**
 * Records a rated review (idempotent by idempotencyKey). In production the server's fast lane
 * (lib/server/reviews/storage/fast-lane.ts) answers this path before Next routes it, with the same function.
 */
export async function POST(req: Request) {
  const reply = await submitReviewReply(req, req.headers.get("content-type"), await req.text(), new Date());
  return NextResponse.json(reply.body, { status: reply.status });
}
