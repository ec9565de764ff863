import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { AuthError, apiUserOrThrow, type SessionUser } from "./session";

export type ApiError = { error: string; issues?: { path: string; message: string }[] };

export function jsonError(status: number, error: string, issues?: ApiError["issues"]): NextResponse<ApiError> {
  return NextResponse.json(issues ? { error, issues } : { error }, { status });
}

/** Zod issues as { path, message } with paths like "options[2].text". */
export function formatIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({
    path: i.path.reduce<string>(
      (acc, k) => (typeof k === "number" ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)),
      "",
    ),
    message: i.message,
  }));
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

/** Reads a JSON body and parses it with a schema; returns a 400 response on any problem. */
export async function parseJson<T extends z.ZodType>(
  req: Request,
  schema: T,
): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: NextResponse<ApiError> }> {
  // Only JSON: a cross-site form cannot send it without a CORS preflight (defence in depth
  // beside the SameSite=Lax session cookie).
  if (!req.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return { ok: false, response: jsonError(415, "Send the request body as application/json") };
  }
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    return { ok: false, response: jsonError(400, "Request body must be valid JSON") };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { ok: false, response: jsonError(400, "Invalid request", formatIssues(parsed.error)) };
  return { ok: true, data: parsed.data };
}
