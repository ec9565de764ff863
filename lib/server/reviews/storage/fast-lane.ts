import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import securityHeaders from "@/lib/security-headers.json";
import { fromNodeRequest } from "../../platform/http/request";
import { submitReviewEndpoint } from "../submit-endpoint";

/**
 * The production server's fast lane: POST /api/reviews, the request a study session sends most,
 * answered straight from Node's HTTP server instead of through Next's router, which costs more
 * per request than recording the review does (see docs/performance.md). It answers with
 * submitReviewEndpoint, the endpoint the Next route handler uses, so behaviour is the same; only
 * the transport differs. scripts/build-server-bundle.ts bundles it for scripts/server.mjs.
 */
const PATH = "/api/reviews";

/** Answers the request and returns true when it is the fast lane's; otherwise returns false. */
export function fastLane(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "POST") return false;
  const url = req.url ?? "";
  const q = url.indexOf("?");
  if ((q < 0 ? url : url.slice(0, q)) !== PATH) return false;
  submitReviewEndpoint(fromNodeRequest(req), {})
    .then((reply) => send(res, reply.status, reply.body, reply.headers))
    .catch((e: unknown) => {
      console.error("[coldstart] POST /api/reviews failed:", e);
      send(res, 500, { error: "Internal server error" });
    });
  return true;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.headersSent) return res.end();
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders,
    ...headers,
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(json),
    "Cache-Control": "no-store",
    // The rest of an oversized body was not read: do not reuse the connection.
    ...(status === 413 ? { Connection: "close" } : {}),
  });
  res.end(json);
}
