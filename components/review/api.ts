import type { NextReview } from "@/lib/server/reviews/queue";
import type { AnswerResult } from "@/lib/server/reviews/answer";
import type { SubmitResult } from "@/lib/server/reviews/submit";
import type { RatingName } from "@/lib/srs/scheduler";

export type { NextReview, AnswerResult, RatingName };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, {
    ...init,
    cache: "no-store",
    headers: init?.body ? { "content-type": "application/json" } : undefined,
  });
  const body = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new ApiError(res.status, body.error ?? `Request failed (${res.status})`);
  return body;
}

export const fetchNext = (prefer?: string) =>
  call<NextReview>(`/api/reviews/next${prefer ? `?prefer=${encodeURIComponent(prefer)}` : ""}`);

export const postAnswer = (itemId: string, answer: string[]) =>
  call<AnswerResult>("/api/reviews/answer", { method: "POST", body: JSON.stringify({ itemId, answer }) });

/** Retries network failures with the same idempotency key, so a review is recorded once. */
export async function postReview(input: {
  itemId: string;
  token: string;
  rating: RatingName;
  idempotencyKey: string;
  responseMs: number;
}): Promise<SubmitResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call<SubmitResult>("/api/reviews", { method: "POST", body: JSON.stringify(input) });
    } catch (e) {
      if (e instanceof ApiError || attempt >= 2) throw e;
      await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
    }
  }
}

export const postUndo = () => call<{ itemId: string }>("/api/reviews/undo", { method: "POST" });
