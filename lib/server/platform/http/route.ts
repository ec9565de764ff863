import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { apiUserOrThrow } from "../../auth/api-user";
import { AuthError, type SessionUser } from "../../auth/authz";
import { parseJsonBody, type ApiError } from "./json-body";

export type { ApiError } from "./json-body";
export { formatIssues } from "./json-body";

export function jsonError(status: number, error: string, issues?: ApiError["issues"]): NextResponse<ApiError> {
  return NextResponse.json(issues ? { error, issues } : { error }, { status });
}

type Handler<C> = (ctx: { req: Request; user: SessionUser; params: C }) => Promise<Response>;

/**
 * Wraps a route handler: checks the session and role on the server (401/403 JSON),
 * and turns malformed JSON or thrown AuthErrors into clear responses.
 */
export function withUser<C = Record<string, never>>(roles: Role[], handler: Handler<C>) {
  return async (req: Request, context: { params: Promise<C> }): Promise<Response> => {
    let user: SessionUser;
    try {
      user = await apiUserOrThrow(req, ...roles);
    } catch (e) {
      if (e instanceof AuthError) return jsonError(e.status, e.message);
      throw e;
    }
    return handler({ req, user, params: await context.params });
  };
}

/** Reads a JSON body and parses it with a schema (parseJsonBody's rules); a 4xx response on any problem. */
export async function parseJson<T extends z.ZodType>(
  req: Request,
  schema: T,
): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: NextResponse<ApiError> }> {
  const parsed = parseJsonBody(req.headers.get("content-type"), await req.text(), schema);
  if (!parsed.ok) return { ok: false, response: NextResponse.json(parsed.reply.body, { status: parsed.reply.status }) };
  return parsed;
}
