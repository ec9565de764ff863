"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { buttonPrimary, buttonSecondary, inputBase, muted } from "@/components/ui/styles";
import { send } from "./api";

export type ReportRow = {
  id: string;
  reason: string;
  message: string;
  status: "OPEN" | "RESOLVED" | "DISMISSED";
  note: string;
  createdAt: string;
  reporter: string;
  bank: { id: string; title: string };
  lineageId: string;
  version: number;
  current: boolean;
  stem: string;
};

/** One report: what the learner said, on which version, and resolve / dismiss with a note. */
export function ReportItem({ report }: { report: ReportRow }) {
  const router = useRouter();
  const [note, setNote] = useState(report.note);
  const [error, setError] = useState<string | null>(null);
  async function close(status: "RESOLVED" | "DISMISSED" | "OPEN") {
    const reply = await send("PATCH", `/api/author/reports/${encodeURIComponent(report.id)}`, { status, note });
    setError(reply.ok ? null : reply.error);
    if (reply.ok) router.refresh();
  }
  const noteId = `note-${report.id}`;
  return (
    <li className="grid gap-2 py-4">
      <FormAlert message={error} />
      <p className="font-medium">
        {report.reason.replace(/-/g, " ")}
        <span className={`font-normal ${muted}`}>
          {" "}
          · {report.bank.title} · version {report.version}
          {report.current ? "" : " (since edited)"} · {report.reporter} · {report.createdAt.slice(0, 10)}
        </span>
      </p>
      {report.message ? (
        <blockquote className="border-l-4 border-slate-300 pl-3 dark:border-slate-600">{report.message}</blockquote>
      ) : null}
      <p className={`text-sm ${muted}`}>{report.stem.length > 160 ? `${report.stem.slice(0, 159)}…` : report.stem}</p>
      <Link
        href={`/author/banks/${report.bank.id}/questions/${report.lineageId}`}
        className="text-sm font-semibold text-sky-800 underline dark:text-sky-300"
      >
        Open in the editor
      </Link>
      <label htmlFor={noteId} className="text-sm font-medium">
        Note {report.status === "OPEN" ? "(what you did or why you dismiss it)" : ""}
      </label>
      <textarea
        id={noteId}
        rows={2}
        className={inputBase}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={2000}
      />
      <div className="flex flex-wrap gap-2">
        {report.status === "OPEN" ? (
          <>
            <button type="button" className={buttonPrimary} onClick={() => void close("RESOLVED")}>
              Resolve
            </button>
            <button type="button" className={buttonSecondary} onClick={() => void close("DISMISSED")}>
              Dismiss
            </button>
          </>
        ) : (
          <button type="button" className={buttonSecondary} onClick={() => void close("OPEN")}>
            Reopen
          </button>
        )}
      </div>
    </li>
  );
}
