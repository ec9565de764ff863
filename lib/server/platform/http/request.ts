import type { IncomingMessage } from "node:http";
import { parse as parseCookies } from "cookie";

export type HeaderBag = Headers | Record<string, string | string[] | undefined>;

/** One header's value from a Fetch Headers object or a Node header record. */
export function header(h: HeaderBag, name: string): string | undefined {
  if (h instanceof Headers) return h.get(name) ?? undefined;
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

/** What a session is read from: a Fetch Request, or a Node request's headers with its parsed cookies. */
export type CredentialSource =
  Request | { headers: Record<string, string | string[] | undefined>; cookies: Record<string, string> };

/**
 * A request as an endpoint sees it, whichever transport carried it: a Next route handler's Fetch
 * Request or the production server's Node request (the review fast lane).
 */
export type ApiRequest = {
  method: string;
  url: URL;
  headers: HeaderBag;
  credentials: CredentialSource;
  /** The body as text, or null when it is larger than `maxBytes` (reading stops there). */
  body(maxBytes: number): Promise<string | null>;
};

/** An ApiRequest over a Fetch Request (Next route handlers). */
export function fromFetchRequest(req: Request): ApiRequest {
  return {
    method: req.method,
    url: new URL(req.url),
    headers: req.headers,
    credentials: req,
    async body(maxBytes) {
      if (Number(req.headers.get("content-length") ?? 0) > maxBytes) return null;
      if (!req.body) return "";
      const reader = req.body.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel();
          return null;
        }
        chunks.push(value);
      }
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}

/** An ApiRequest over a Node request (the production server's fast lane). */
export function fromNodeRequest(req: IncomingMessage): ApiRequest {
  const headers = req.headers;
  return {
    method: req.method ?? "GET",
    url: new URL(req.url ?? "/", "http://localhost"),
    headers,
    credentials: { headers, cookies: parseCookies(headers.cookie ?? "") },
    body(maxBytes) {
      return new Promise((resolve, reject) => {
        if (Number(headers["content-length"] ?? 0) > maxBytes) {
          req.resume();
          return resolve(null);
        }
        const chunks: Buffer[] = [];
        let size = 0;
        req.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            req.removeAllListeners("data");
            req.resume();
            resolve(null);
          } else chunks.push(chunk);
        });
        req.on("end", () => resolve(size > maxBytes ? null : Buffer.concat(chunks).toString("utf8")));
        req.on("error", reject);
      });
    },
  };
}
