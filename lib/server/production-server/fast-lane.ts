import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import securityHeaders from "@/lib/security-headers.json";
import { saveAnswerEndpoint } from "../exams/save-endpoint";
import type { Endpoint, RawParams } from "../platform/http/endpoint";
import { fromNodeRequest } from "../platform/http/request";
import { submitReviewEndpoint } from "../reviews/submit-endpoint";

/**
 * The production server's fast lane: the two requests sent most, a study session's rated review
 * and a running exam's autosave, answered straight from Node's HTTP server instead of through
 * Next's router, which costs more per request than the work does (docs/performance.md,
 * docs/exams.md "Autosave cost"). Each is answered with the endpoint its Next route handler
 * uses, so behaviour is the same; only the transport differs. Every other request (other
 * methods, other paths, subpaths such as .../answers/3/check) goes to Next.
 * scripts/build-server-bundle.ts bundles it for scripts/server.mjs.
 */
type Route = { method: string; path: RegExp; endpoint: Endpoint; params: (m: RegExpExecArray) => RawParams };

const ROUTES: Route[] = [
  { method: "POST", path: /^\/api\/reviews$/, endpoint: submitReviewEndpoint, params: () => ({}) },
  {
    method: "PUT",
    path: /^\/api\/exams\/([^/]+)\/answers\/([^/]+)$/,
    endpoint: saveAnswerEndpoint,
    // Decoded as Next decodes dynamic segments; the endpoint's zod schema validates them.
    params: (m) => ({ attemptId: decodeURIComponent(m[1]!), position: decodeURIComponent(m[2]!) }),
  },
];

/** Answers the request and returns true when it is the fast lane's; otherwise returns false. */
export function fastLane(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? "";
  const q = url.indexOf("?");
  const pathname = q < 0 ? url : url.slice(0, q);
  for (const route of ROUTES) {
    if (req.method !== route.method) continue;
    const m = route.path.exec(pathname);
    if (!m) continue;
    let params: RawParams;
    try {
      params = route.params(m);
    } catch {
      return false; // a malformed %-escape: Next answers it
    }
    route
      .endpoint(fromNodeRequest(req), params)
      .then((reply) => send(res, reply.status, reply.body, reply.headers))
      .catch((e: unknown) => {
        console.error(`[coldstart] ${req.method} ${pathname} failed:`, e);
        send(res, 500, { error: "Internal server error" });
      });
    return true;
  }
  return false;
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
