"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { detectFormat } from "@/lib/banks/import";
import type { ImportFormat } from "@/lib/banks/import-types";
import { buttonPrimary, buttonSecondary, inputBase } from "@/components/ui/styles";
import { bankUrl, send, type Issue } from "./api";
import { ImportReportView, type ImportReport } from "./ImportReportView";

/** Upload or paste a GIFT, Aiken or JSON file; check it, then import it into the bank. */
export function ImportForm({ bankId }: { bankId: string }) {
  const router = useRouter();
  const [text, setText] = useState("");
  const [name, setName] = useState("");
  const [format, setFormat] = useState<ImportFormat | "auto">("auto");
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ message: string; issues: Issue[] } | null>(null);
  const [report, setReport] = useState<{ report: ImportReport; dryRun: boolean } | null>(null);
  const chosen = format === "auto" ? detectFormat(name, text) : format;

  async function submit(dryRun: boolean) {
    setBusy(true);
    const reply = await send<{ report: ImportReport }>("POST", `${bankUrl(bankId)}/import`, {
      format: chosen,
      text,
      dryRun,
    });
    setBusy(false);
    if (!reply.ok) {
      setReport(null);
      return setErrors({ message: reply.error, issues: reply.issues });
    }
    setErrors(null);
    setReport({ report: reply.body.report, dryRun });
    if (!dryRun) router.refresh();
  }

  return (
    <div className="grid gap-4">
      <div>
        <label htmlFor="import-file" className="mb-1 block text-sm font-medium">
          File (.gift, .txt, .json)
        </label>
        <input
          id="import-file"
          type="file"
          accept=".gift,.txt,.aiken,.json,text/plain,application/json"
          className="block text-sm"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setName(file.name);
            setText(await file.text());
            setErrors(null);
            setReport(null);
          }}
        />
      </div>
      <div>
        <label htmlFor="import-text" className="mb-1 block text-sm font-medium">
          Or paste the questions
        </label>
        <textarea
          id="import-text"
          rows={10}
          className={`${inputBase} font-mono text-sm`}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="import-format" className="mb-1 block text-sm font-medium">
            Format
          </label>
          <select
            id="import-format"
            className={inputBase}
            value={format}
            onChange={(e) => setFormat(e.target.value as ImportFormat | "auto")}
          >
            <option value="auto">Detect ({chosen.toUpperCase()})</option>
            <option value="gift">GIFT (Moodle)</option>
            <option value="aiken">Aiken</option>
            <option value="json">Coldstart JSON</option>
          </select>
        </div>
        <button
          type="button"
          className={buttonSecondary}
          disabled={busy || !text.trim()}
          onClick={() => void submit(true)}
        >
          Check file
        </button>
        <button
          type="button"
          className={buttonPrimary}
          disabled={busy || !text.trim()}
          onClick={() => void submit(false)}
        >
          {busy ? "Working…" : "Import"}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {errors ? (
          <div
            className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
            data-testid="import-errors"
          >
            <p className="font-semibold">{errors.message}</p>
            <ul className="mt-2 list-disc pl-5 text-sm">
              {errors.issues.map((i, n) => (
                <li key={`${n}:${i.path}${i.message}`}>
                  <span className="font-semibold capitalize">{i.path}</span>: {i.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {report ? <ImportReportView {...report} /> : null}
      </div>
      {report && !report.dryRun ? (
        <Link href={`/author/banks/${bankId}`} className="text-sm font-semibold underline">
          Back to the bank
        </Link>
      ) : null}
    </div>
  );
}
