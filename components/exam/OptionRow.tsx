"use client";

import { cn } from "@/components/ui/cn";
import { letter } from "./store";

type Props = {
  name: string;
  index: number;
  id: string;
  text: string;
  multiple: boolean;
  selected: boolean;
  struck: boolean;
  disabled: boolean;
  /** After a practice check: whether this option is right, and why. */
  verdict?: { correct: boolean; feedback: string };
  onToggle: () => void;
  onStrike: () => void;
};

/** One option: a radio or checkbox with its letter, and a button to strike it out. */
export function OptionRow(p: Props) {
  const inputId = `${p.name}-${p.id}`;
  return (
    <li
      className={cn(
        "flex items-start gap-2 rounded-lg border p-3 transition-colors",
        p.verdict?.correct
          ? "border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/50"
          : p.verdict && p.selected
            ? "border-rose-600 bg-rose-50 dark:border-rose-500 dark:bg-rose-950/50"
            : p.selected
              ? "border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/60"
              : "border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900",
      )}
      data-option-index={p.index + 1}
      data-selected={p.selected || undefined}
      data-struck={p.struck || undefined}
    >
      <label htmlFor={inputId} className="flex flex-1 cursor-pointer items-start gap-3">
        <input
          id={inputId}
          type={p.multiple ? "checkbox" : "radio"}
          name={p.name}
          className="mt-1 size-4 shrink-0 accent-sky-700"
          checked={p.selected}
          disabled={p.disabled}
          onChange={p.onToggle}
        />
        <span
          aria-hidden="true"
          className="mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded-full border border-slate-400 text-xs font-semibold dark:border-slate-500"
        >
          {letter(p.index)}
        </span>
        <span className="flex-1">
          <span className={cn(p.struck && "text-slate-500 line-through dark:text-slate-400")}>
            <span className="sr-only">{`Option ${letter(p.index)}${p.struck ? " (struck out)" : ""}: `}</span>
            {p.text}
          </span>
          {p.verdict ? (
            <span className="mt-2 block text-sm">
              <strong
                className={
                  p.verdict.correct ? "text-emerald-700 dark:text-emerald-400" : "text-rose-700 dark:text-rose-400"
                }
              >
                {p.verdict.correct ? "Correct option. " : "Wrong option. "}
              </strong>
              {p.verdict.feedback}
            </span>
          ) : null}
        </span>
      </label>
      <button
        type="button"
        onClick={p.onStrike}
        aria-pressed={p.struck}
        aria-label={`${p.struck ? "Restore" : "Strike out"} option ${letter(p.index)}`}
        title={`${p.struck ? "Restore" : "Strike out"} (Shift+${p.index + 1})`}
        className="shrink-0 rounded-md px-2 py-1 text-xs font-medium text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
      >
        {p.struck ? "Restore" : <span className="line-through">abc</span>}
      </button>
    </li>
  );
}
