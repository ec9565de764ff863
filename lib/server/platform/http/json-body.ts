import type { z } from "zod";
import { AppError, type Issue } from "../errors";

/** Zod issues as { path, message } with paths like "options[2].text". */
export function formatIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({
    path: i.path.reduce<string>(
      (acc, k) => (typeof k === "number" ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)),
      "",
    ),
    message: i.message,
  }));
}

/**
 * The path of the first string holding a NUL character ("options[2].text"), or null. PostgreSQL
 * cannot store NUL in text (SQLite can), so such input is refused the same way on both, up front.
 */
export function nulPath(value: unknown, at = ""): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? at || "(body)" : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = nulPath(v, `${at}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const found = nulPath(k, at ? `${at}.${k}` : k) ?? nulPath(v, at ? `${at}.${k}` : k);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Parses a request body that must be JSON matching `schema`; throws AppError: 415 for another
 * content type (a cross-site HTML form cannot send JSON without a CORS preflight: defence in depth
 * beside the Origin check in `endpoint`), 400 for malformed JSON, text holding a NUL character, or
 * a body the schema refuses, with the schema's issues.
 */
export function parseJsonBody<T extends z.ZodType>(
  contentType: string | null | undefined,
  text: string,
  schema: T,
): z.infer<T> {
  if (!contentType?.toLowerCase().startsWith("application/json")) {
    throw new AppError(415, "Send the request body as application/json");
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError(400, "Request body must be valid JSON");
  }
  const nul = nulPath(body);
  if (nul) throw new AppError(400, "Invalid request", [{ path: nul, message: "Text may not contain a NUL character" }]);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError(400, "Invalid request", formatIssues(parsed.error));
  return parsed.data;
}
