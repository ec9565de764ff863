import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseCookies } from "cookie";
import securityHeaders from "@/lib/security-headers.json";
import { submitReviewReply } from "../submit-endpoint";

/**
 * The production server's fast lane: POST /api/reviews, the request a study session sends most,
 * answered straight from Node's HTTP server instead of through Next's router, which costs more
 * per request than recording the review does (see docs/performance.md). It answers with
 * submitReviewReply, the function the Next route handler uses, so behaviour is the same; only
 * the transport differs. scripts/build-server-bundle.ts bundles it for scripts/server.mjs.
 */
const PATH = "/api/reviews";
const MAX_BODY_BYTES = 64 * 1024;

/** Answers the request and returns true when it is the fast lane's; otherwise returns false. */
export function fastLane(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "POST") return false;
  const url = req.url ?? "";
  const q = url.indexOf("?");
  if ((q < 0 ? url : url.slice(0, q)) !== PATH) return false;
  serve(req, res).catch((e: unknown) => {
    console.error("[coldstart] POST /api/reviews failed:", e);
    send(res, 500, { error: "Internal server error" });
  });
  return true;
}

async function serve(req: IncomingMessage, res: ServerResponse) {
  const body = await readBody(req);
  if (body === null) {
    send(res, 413, { error: `Request body is larger than ${MAX_BODY_BYTES} bytes` }, true);
    return;
  }
  const source = { headers: req.headers, cookies: parseCookies(req.headers.cookie ?? "") };
  const reply = await submitReviewReply(source, req.headers["content-type"], body, new Date());
  send(res, reply.status, reply.body);
}

/** The body as text, or null when it exceeds MAX_BODY_BYTES. */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners("data");
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, close = false) {
  if (res.headersSent) return res.end();
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders,
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(json),
    "Cache-Control": "no-store",
    ...(close ? { Connection: "close" } : {}),
  });
  res.end(json);
}
