import type { ReactNode } from "react";
import { inputBase } from "@/components/ui/styles";

/** A labelled text input or textarea for the editor, with its problems linked via aria-describedby. */
export function Field({
  id,
  label,
  value,
  onChange,
  problems = [],
  hint,
  rows,
  list,
  children,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (v: string) => void;
  problems?: string[];
  hint?: string;
  rows?: number;
  /** The id of a <datalist> of suggestions. */
  list?: string;
  children?: ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, problems.length ? `${id}-problems` : null].filter(Boolean).join(" ");
  const common = {
    id,
    value,
    className: inputBase,
    "aria-invalid": problems.length ? true : undefined,
    "aria-describedby": describedBy || undefined,
  };
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      {rows ? (
        // Grows with its text (field-sizing) so long stems and feedback can be read whole; rows is the floor.
        <textarea
          {...common}
          rows={rows}
          className={`${inputBase} field-sizing-content max-h-[32rem]`}
          style={{ minHeight: `calc(${rows * 1.5}em + 1rem)` }}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input {...common} list={list} onChange={(e) => onChange(e.target.value)} />
      )}
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {problems.length ? (
        <p id={`${id}-problems`} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {problems.join("; ")}
        </p>
      ) : null}
    </div>
  );
}
