/** The authoring pages' calls to /api/author: JSON in, JSON out, errors with their issues. */
export type Issue = { path: string; message: string };
export type Reply<T> = { ok: true; body: T } | { ok: false; status: number; error: string; issues: Issue[] };

export async function send<T = unknown>(method: string, url: string, body?: unknown): Promise<Reply<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return {
      ok: false,
      status: 0,
      error: "The server could not be reached; check your connection and try again.",
      issues: [],
    };
  }
  const json = (await res.json().catch(() => ({}))) as { error?: string; issues?: Issue[] };
  if (res.ok) return { ok: true, body: json as T };
  return {
    ok: false,
    status: res.status,
    error: json.error ?? `The request failed (${res.status}).`,
    issues: json.issues ?? [],
  };
}

/** Fetches an export ({ filename, contentType, text }) and saves it as a file. */
export async function download(url: string): Promise<string | null> {
  const reply = await send<{ filename: string; contentType: string; text: string }>("GET", url);
  if (!reply.ok) return reply.error;
  const blob = new Blob([reply.body.text], { type: `${reply.body.contentType};charset=utf-8` });
  const href = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = href;
  a.download = reply.body.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
  return null;
}

export const bankUrl = (bankId: string) => `/api/author/banks/${encodeURIComponent(bankId)}`;
export const questionUrl = (bankId: string, lineageId: string) =>
  `${bankUrl(bankId)}/questions/${encodeURIComponent(lineageId)}`;
