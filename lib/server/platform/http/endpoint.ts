import "server-only";
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { getApiUser } from "../../auth/api-user";
import { assertRole, type SessionUser } from "../../auth/authz";
import { env } from "../env";
import { AppError, errorReply, type JsonReply } from "../errors";
import { formatIssues, parseJsonBody } from "./json-body";
import { header, type ApiRequest } from "./request";
import { isCrossSite } from "./same-origin";

/** The largest JSON body any endpoint reads unless it sets its own limit. */
export const MAX_BODY_BYTES = 64 * 1024;

type Auth = "public" | "user" | readonly Role[];
type Schema = z.ZodType | undefined;
type Parsed<S extends Schema> = S extends z.ZodType ? z.infer<S> : undefined;

type Spec<A extends Auth, S extends Schema, PS extends Schema> = {
  /** "public": no session needed; "user": any signed-in user; or the roles allowed. */
  auth: A;
  /** The zod schema of the JSON body, when the endpoint takes one. */
  body?: S;
  /** The zod schema of the route's path parameters, when it has any. */
  params?: PS;
  maxBodyBytes?: number;
};

type Ctx<A extends Auth, S extends Schema, PS extends Schema> = {
  req: ApiRequest;
  user: A extends "public" ? SessionUser | null : SessionUser;
  input: Parsed<S>;
  params: Parsed<PS>;
  now: Date;
};

/** Route path parameters as Next passes them. */
export type RawParams = Record<string, string | string[] | undefined>;
export type Endpoint = (req: ApiRequest, params?: RawParams) => Promise<JsonReply>;

/** A 200 (or `status`) JSON answer. */
export const ok = <T>(body: T, status = 200, headers?: Record<string, string>): JsonReply<T> => ({
  status,
  body,
  headers,
});

/**
 * The one wrapper every API entry point goes through, whatever the transport (Next route handlers
 * through `nextRoute`, the review fast lane directly). In order: refuses cross-site state changes
 * (403), checks the session and role on the server (401/403), validates path parameters (404),
 * reads the body up to its size limit (413), parses it with its zod schema (415/400 with issues), then runs the
 * handler; an AppError anywhere becomes its JSON answer.
 */
export function endpoint<const A extends Auth, S extends Schema = undefined, PS extends Schema = undefined>(
  spec: Spec<A, S, PS>,
  handler: (ctx: Ctx<A, S, PS>) => Promise<JsonReply>,
): Endpoint {
  const maxBytes = spec.maxBodyBytes ?? MAX_BODY_BYTES;
  return async (req, rawParams = {}) => {
    try {
      if (isCrossSite(req.method, req.headers, env().NEXTAUTH_URL)) {
        throw new AppError(403, "Cross-site request refused");
      }
      const user =
        spec.auth === "public"
          ? await getApiUser(req.credentials)
          : assertRole(await getApiUser(req.credentials), spec.auth === "user" ? [] : spec.auth);
      let params: unknown = undefined;
      if (spec.params) {
        const parsed = spec.params.safeParse(rawParams);
        if (!parsed.success) throw new AppError(404, "No such resource", formatIssues(parsed.error));
        params = parsed.data;
      }
      let input: unknown = undefined;
      if (spec.body) {
        const text = await req.body(maxBytes);
        if (text === null) throw new AppError(413, `Request body is larger than ${maxBytes} bytes`);
        input = parseJsonBody(header(req.headers, "content-type"), text, spec.body);
      }
      return await handler({ req, user, input, params, now: new Date() } as Ctx<A, S, PS>);
    } catch (e) {
      const reply = errorReply(e);
      if (reply) return reply;
      throw e;
    }
  };
}
