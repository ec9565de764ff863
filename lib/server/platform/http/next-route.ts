import "server-only";
import { NextResponse } from "next/server";
import type { Endpoint, RawParams } from "./endpoint";
import { fromFetchRequest } from "./request";

/** A Next route handler (GET, POST, …) answering with an endpoint. */
export function nextRoute(ep: Endpoint) {
  return async (req: Request, context?: { params: Promise<RawParams> }): Promise<Response> => {
    const reply = await ep(fromFetchRequest(req), await context?.params);
    return NextResponse.json(reply.body, {
      status: reply.status,
      headers: { "Cache-Control": "no-store", ...reply.headers },
    });
  };
}
