"use client";

import { buttonSecondary } from "@/components/ui/styles";
import { emptyOption, moveOption, setCorrect, type EditorDraft } from "./editor-state";
import { Field } from "./Field";

const LETTERS = "ABCDEFGHIJ";
const small = `${buttonSecondary} px-2 py-1 text-xs`;

/** The options: text, key flag, feedback and misconception link, reordered, added and removed. */
export function OptionsEditor({
  draft,
  onChange,
  problems,
  misconceptions,
}: {
  draft: EditorDraft;
  onChange: (d: EditorDraft) => void;
  problems: Map<string, string[]>;
  misconceptions: string[];
}) {
  const update = (i: number, patch: Partial<EditorDraft["options"][number]>) =>
    onChange({ ...draft, options: draft.options.map((o, j) => (j === i ? { ...o, ...patch } : o)) });
  return (
    <fieldset className="grid gap-4">
      <legend className="mb-2 text-sm font-medium">Options</legend>
      {problems.get("options") ? (
        <p id="options-problems" className="text-sm text-red-700 dark:text-red-400">
          {problems.get("options")!.join("; ")}
        </p>
      ) : null}
      {draft.options.map((o, i) => (
        <div
          key={i}
          className="grid gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
          data-testid={`option-${i}`}
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <label className="inline-flex items-center gap-2 text-sm font-semibold">
              <input
                type={draft.type === "single" ? "radio" : "checkbox"}
                name="correct"
                checked={o.correct}
                onChange={(e) => onChange(setCorrect(draft, i, e.target.checked))}
              />
              Option {LETTERS[i]} is correct
            </label>
            <span className="flex gap-1">
              <button
                type="button"
                className={small}
                disabled={i === 0}
                onClick={() => onChange(moveOption(draft, i, i - 1))}
                aria-label={`Move option ${LETTERS[i]} up`}
              >
                ↑
              </button>
              <button
                type="button"
                className={small}
                disabled={i === draft.options.length - 1}
                onClick={() => onChange(moveOption(draft, i, i + 1))}
                aria-label={`Move option ${LETTERS[i]} down`}
              >
                ↓
              </button>
              <button
                type="button"
                className={small}
                disabled={draft.options.length <= 2}
                onClick={() => onChange({ ...draft, options: draft.options.filter((_, j) => j !== i) })}
              >
                Remove<span className="sr-only"> option {LETTERS[i]}</span>
              </button>
            </span>
          </div>
          <Field
            id={`option-${i}-text`}
            label={`Option ${LETTERS[i]} text`}
            rows={2}
            value={o.text}
            onChange={(text) => update(i, { text })}
            problems={problems.get(`options[${i}].text`)}
          />
          <Field
            id={`option-${i}-feedback`}
            label={`Option ${LETTERS[i]} feedback`}
            rows={2}
            value={o.feedback}
            onChange={(feedback) => update(i, { feedback })}
          />
          {!o.correct ? (
            <Field
              id={`option-${i}-misconception`}
              label={`Option ${LETTERS[i]} misconception (card#pair, optional)`}
              value={o.misconception ?? ""}
              onChange={(m) => update(i, { misconception: m.trim() === "" ? null : m.trim() })}
              problems={problems.get(`options[${i}].misconception`)}
              list={`option-${i}-misconception-list`}
            >
              <datalist id={`option-${i}-misconception-list`}>
                {misconceptions.map((m) => (
                  <option key={m} value={m} />
                ))}
              </datalist>
            </Field>
          ) : null}
        </div>
      ))}
      <div>
        <button
          type="button"
          className={buttonSecondary}
          disabled={draft.options.length >= 10}
          onClick={() => onChange({ ...draft, options: [...draft.options, emptyOption()] })}
        >
          Add option
        </button>
      </div>
    </fieldset>
  );
}
