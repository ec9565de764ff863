import type { z } from "zod";

export type ApiError = { error: string; issues?: { path: string; message: string }[] };
/** An HTTP answer as data, so Next route handlers and the fast lane share one implementation. */
export type JsonReply<T = unknown> = { status: number; body: T };

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

/**
 * Parses a request body that must be JSON matching `schema`: 415 for another content type (a
 * cross-site form cannot send JSON without a CORS preflight: defence in depth beside the
 * SameSite=Lax session cookie), 400 for malformed JSON or a body the schema refuses, with the
 * schema's issues.
 */
export function parseJsonBody<T extends z.ZodType>(
  contentType: string | null | undefined,
  text: string,
  schema: T,
): { ok: true; data: z.infer<T> } | { ok: false; reply: JsonReply<ApiError> } {
  if (!contentType?.toLowerCase().startsWith("application/json")) {
    return { ok: false, reply: { status: 415, body: { error: "Send the request body as application/json" } } };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, reply: { status: 400, body: { error: "Request body must be valid JSON" } } };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    return {
      ok: false,
      reply: { status: 400, body: { error: "Invalid request", issues: formatIssues(parsed.error) } },
    };
  }
  return { ok: true, data: parsed.data };
}
