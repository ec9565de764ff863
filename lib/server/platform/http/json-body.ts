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
 * Parses a request body that must be JSON matching `schema`; throws AppError: 415 for another
 * content type (a cross-site HTML form cannot send JSON without a CORS preflight: defence in depth
 * beside the Origin check in `endpoint`), 400 for malformed JSON or a body the schema refuses,
 * with the schema's issues.
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
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError(400, "Invalid request", formatIssues(parsed.error));
  return parsed.data;
}
