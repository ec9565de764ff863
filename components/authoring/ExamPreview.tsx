"use client";

import { useState } from "react";
import { Markdown } from "@/components/ui/Markdown";
import { cn } from "@/components/ui/cn";
import { panel } from "@/components/ui/styles";
import type { EditorDraft } from "./editor-state";

const LETTERS = "ABCDEFGHIJ";

/**
 * The question as a mock exam shows it: no feedback or key while the exam runs, options as radio
 * buttons or checkboxes with the number to choose, and a flag for review. Kept small on purpose:
 * when the exam feature's own question view lands, this preview should render that instead.
 */
export function ExamPreview({ draft }: { draft: EditorDraft }) {
  const [chosen, setChosen] = useState<number[]>([]);
  const [flagged, setFlagged] = useState(false);
  const multi = draft.type === "multiple";
  const toChoose = draft.options.filter((o) => o.correct).length;
  return (
    <section className={panel} aria-label="Exam preview">
      <div className="flex items-center justify-between text-sm text-slate-600 dark:text-slate-400">
        <span>Question 1 of 75</span>
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" checked={flagged} onChange={(e) => setFlagged(e.target.checked)} />
          Flag for review
        </label>
      </div>
      <div className="mt-3 text-lg leading-relaxed">
        <Markdown text={draft.stem || "(the stem)"} />
      </div>
      <fieldset className="mt-4 grid gap-2">
        <legend className="mb-1 text-sm text-slate-600 dark:text-slate-400">
          {multi ? `Choose ${toChoose}.` : "Choose one."}
        </legend>
        {draft.options.map((o, i) => (
          <label
            key={i}
            className={cn(
              "flex cursor-pointer items-start gap-3 rounded-lg border px-3 py-3",
              chosen.includes(i)
                ? "border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/50"
                : "border-slate-300 dark:border-slate-700",
            )}
          >
            <input
              type={multi ? "checkbox" : "radio"}
              name="exam-preview"
              className="mt-1"
              checked={chosen.includes(i)}
              onChange={() => setChosen((c) => (multi ? (c.includes(i) ? c.filter((x) => x !== i) : [...c, i]) : [i]))}
            />
            <span>
              <span className="font-semibold">{LETTERS[i]}. </span>
              <Markdown text={o.text || "(empty option)"} inline />
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
