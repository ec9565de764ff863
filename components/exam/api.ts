import type { AnswerState, AttemptPayload, RevealView } from "@/lib/server/exams/view";
import type { ReportQuestionInput, SaveAnswerInput, StartExamInput } from "@/lib/validations/exams";

export type { AnswerState, AttemptPayload, RevealView };

/** An error answer from the exam API, with what the server said and, for a stale save, the stored answer. */
export class ExamApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly current?: AnswerState,
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
  const body = (await res.json().catch(() => ({}))) as T & { error?: string; current?: AnswerState };
  if (!res.ok) throw new ExamApiError(res.status, body.error ?? `Request failed (${res.status})`, body.current);
  return body;
}

const base = (attemptId: string) => `/api/exams/${encodeURIComponent(attemptId)}`;

export const startExam = (input: Partial<StartExamInput> & { mode: StartExamInput["mode"] }) =>
  call<{ id: string; questions: number }>("/api/exams", { method: "POST", body: JSON.stringify(input) });

export const fetchAttempt = (attemptId: string) => call<AttemptPayload>(base(attemptId));

export const saveAnswer = (attemptId: string, position: number, input: SaveAnswerInput) =>
  call<{ answer: AnswerState }>(`${base(attemptId)}/answers/${position}`, {
    method: "PUT",
    body: JSON.stringify(input),
  });

export const checkAnswer = (attemptId: string, position: number, input: SaveAnswerInput) =>
  call<{ answer: AnswerState; reveal: RevealView }>(`${base(attemptId)}/answers/${position}/check`, {
    method: "POST",
    body: JSON.stringify(input),
  });

export const submitExam = (attemptId: string) =>
  call<{ status: "submitted"; id: string }>(`${base(attemptId)}/submit`, { method: "POST" });

export const reportQuestion = (attemptId: string, position: number, input: ReportQuestionInput) =>
  call<{ id: string }>(`${base(attemptId)}/answers/${position}/report`, {
    method: "POST",
    body: JSON.stringify(input),
  });

export const addCardsToReviews = (cardIds: string[]) =>
  call<{ added: number }>("/api/reviews/cards", { method: "POST", body: JSON.stringify({ cardIds }) });
