"use client";

import { useId, useState } from "react";
import { buttonSecondary, inputBase } from "@/components/ui/styles";
import { REPORT_REASON_LABELS, REPORT_REASONS, type ReportQuestionInput } from "@/lib/validations/exams";
import { reportQuestion } from "./api";

/** "Report this question": a reason and a note for the instructors' queue. */
export function ReportQuestion({
  attemptId,
  position,
  reported = false,
}: {
  attemptId: string;
  position: number;
  reported?: boolean;
}) {
  const id = useId();
  const [reason, setReason] = useState<ReportQuestionInput["reason"]>("wrong-key");
  const [message, setMessage] = useState("");
  const [state, setState] = useState<{ kind: "idle" | "sending" | "sent" | "error"; text?: string }>(
    reported ? { kind: "sent", text: "You reported this question." } : { kind: "idle" },
  );

  async function send(e: React.FormEvent) {
    e.preventDefault();
    setState({ kind: "sending" });
    try {
      await reportQuestion(attemptId, position, { reason, message });
      setState({ kind: "sent", text: "Thank you: the report is in the instructors' queue." });
    } catch (err) {
      setState({ kind: "error", text: err instanceof Error ? err.message : "Could not send the report" });
    }
  }

  return (
    <details className="mt-6 text-sm">
      <summary className="cursor-pointer font-medium text-slate-700 dark:text-slate-300">Report this question</summary>
      {state.kind === "sent" ? (
        <p role="status" className="mt-2">
          {state.text}
        </p>
      ) : (
        <form onSubmit={(e) => void send(e)} className="mt-3 space-y-3" aria-label={`Report question ${position}`}>
          <div>
            <label htmlFor={`${id}-reason`} className="mb-1 block font-medium">
              What is wrong?
            </label>
            <select
              id={`${id}-reason`}
              className={inputBase}
              value={reason}
              onChange={(e) => setReason(e.target.value as ReportQuestionInput["reason"])}
            >
              {REPORT_REASONS.map((r) => (
                <option key={r} value={r}>
                  {REPORT_REASON_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-message`} className="mb-1 block font-medium">
              Details {reason === "other" ? "(required)" : "(optional)"}
            </label>
            <textarea
              id={`${id}-message`}
              className={inputBase}
              rows={3}
              maxLength={1000}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
            />
          </div>
          <div role="alert">
            {state.kind === "error" ? <p className="text-red-700 dark:text-red-400">{state.text}</p> : null}
          </div>
          <button type="submit" className={buttonSecondary} disabled={state.kind === "sending"}>
            {state.kind === "sending" ? "Sending…" : "Send report"}
          </button>
        </form>
      )}
    </details>
  );
}
