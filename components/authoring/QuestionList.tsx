"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { buttonSecondary, muted } from "@/components/ui/styles";
import { bankUrl, questionUrl, send } from "./api";
import { ConfirmButton } from "./ConfirmButton";

export type QuestionRow = {
  lineageId: string;
  version: number;
  kind: "single" | "multiple" | "truefalse";
  summary: string;
  domain: string | null;
  problems: { path: string; message: string }[];
  openReports: number;
};

const KIND = { single: "Single response", multiple: "Multiple response", truefalse: "True/false" };
const small = `${buttonSecondary} px-2 py-1 text-xs`;

/**
 * One page of the bank's questions in order: edit, history, move up/down, duplicate, delete.
 * `offset` is the first row's index in the bank and `order` every live question's lineage id, so
 * numbers and moves are the bank's, across pages.
 */
export function QuestionList({
  bankId,
  questions,
  offset = 0,
  order = questions.map((q) => q.lineageId),
}: {
  bankId: string;
  questions: QuestionRow[];
  offset?: number;
  order?: string[];
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function run(promise: Promise<{ ok: boolean; error?: string }>, done: string) {
    const reply = await promise;
    setError(reply.ok ? null : (reply.error ?? "That did not work."));
    if (reply.ok) setStatus(done);
    router.refresh();
  }
  const move = (from: number, to: number) => {
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    return run(
      send("PUT", `${bankUrl(bankId)}/order`, { order: next }),
      `Moved question ${from + 1} to position ${to + 1}.`,
    );
  };

  if (questions.length === 0) return <p className={muted}>No questions yet: write one or import a file.</p>;
  return (
    <>
      <FormAlert message={error} />
      <ol start={offset + 1} className="divide-y divide-slate-200 dark:divide-slate-800">
        {questions.map((q, row) => {
          const i = offset + row;
          return (
            <li key={q.lineageId} className="grid gap-2 py-3 sm:grid-cols-[1fr_auto] sm:items-center">
              <div className="min-w-0">
                <p className="font-medium">
                  <span className={muted}>{i + 1}. </span>
                  <Link
                    href={`/author/banks/${bankId}/questions/${q.lineageId}`}
                    className="text-sky-800 underline dark:text-sky-300"
                  >
                    {q.summary || "(no text yet)"}
                  </Link>
                </p>
                <p className={`text-sm ${muted}`}>
                  {KIND[q.kind]} · version {q.version}
                  {q.domain ? ` · ${q.domain}` : ""}
                  {q.openReports ? ` · ${q.openReports} open report${q.openReports > 1 ? "s" : ""}` : ""}
                </p>
                {q.problems.length ? (
                  <p className="text-sm text-amber-800 dark:text-amber-300">
                    Needs work before publishing: {q.problems.map((p) => p.message).join("; ")}
                  </p>
                ) : null}
              </div>
              <div className="flex flex-wrap gap-1" role="group" aria-label={`Question ${i + 1} actions`}>
                <Link href={`/author/banks/${bankId}/questions/${q.lineageId}/history`} className={small}>
                  History
                </Link>
                <button
                  type="button"
                  className={small}
                  disabled={i === 0}
                  onClick={() => void move(i, i - 1)}
                  aria-label={`Move question ${i + 1} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className={small}
                  disabled={i === order.length - 1}
                  onClick={() => void move(i, i + 1)}
                  aria-label={`Move question ${i + 1} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className={small}
                  onClick={() =>
                    void run(
                      send("POST", `${questionUrl(bankId, q.lineageId)}/duplicate`),
                      `Duplicated question ${i + 1}.`,
                    )
                  }
                >
                  Duplicate<span className="sr-only"> question {i + 1}</span>
                </button>
                <ConfirmButton
                  small
                  label="Delete"
                  confirmLabel="Delete"
                  question={`Delete question ${i + 1}? Learners' history of it is kept.`}
                  onConfirm={() => run(send("DELETE", questionUrl(bankId, q.lineageId)), `Deleted question ${i + 1}.`)}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <p role="status" className="mt-2 text-sm">
        {status}
      </p>
    </>
  );
}
