"use client";

import { useState } from "react";
import { cn } from "@/components/ui/cn";
import type { EditorDraft } from "./editor-state";
import { ExamPreview } from "./ExamPreview";
import { PracticePreview } from "./PracticePreview";

const MODES = [
  { id: "practice", label: "Practice" },
  { id: "exam", label: "Exam" },
] as const;

/** Live preview of the draft in either mode, as tabs (arrow keys move between them). */
export function QuestionPreview({ draft, bankTitle }: { draft: EditorDraft; bankTitle: string }) {
  const [mode, setMode] = useState<(typeof MODES)[number]["id"]>("practice");
  return (
    <section aria-labelledby="preview-title">
      <h2 id="preview-title" className="mb-2 text-lg font-semibold">
        Preview: what a learner sees
      </h2>
      <div
        role="tablist"
        aria-label="Preview mode"
        className="mb-3 inline-flex rounded-lg border border-slate-300 p-1 dark:border-slate-700"
      >
        {MODES.map((m, i) => (
          <button
            key={m.id}
            id={`preview-tab-${m.id}`}
            type="button"
            role="tab"
            aria-selected={mode === m.id}
            aria-controls="preview-panel"
            tabIndex={mode === m.id ? 0 : -1}
            onClick={() => setMode(m.id)}
            onKeyDown={(e) => {
              if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
              const next = MODES[(i + (e.key === "ArrowRight" ? 1 : MODES.length - 1)) % MODES.length]!;
              setMode(next.id);
              document.getElementById(`preview-tab-${next.id}`)?.focus();
            }}
            className={cn(
              "rounded-md px-3 py-1 text-sm font-semibold",
              mode === m.id
                ? "bg-sky-700 text-white dark:bg-sky-500 dark:text-slate-950"
                : "text-slate-700 dark:text-slate-300",
            )}
          >
            {m.label}
          </button>
        ))}
      </div>
      <div id="preview-panel" role="tabpanel" aria-labelledby={`preview-tab-${mode}`}>
        {mode === "practice" ? (
          <PracticePreview key={JSON.stringify(draft)} draft={draft} bankTitle={bankTitle} />
        ) : (
          <ExamPreview draft={draft} />
        )}
      </div>
    </section>
  );
}
