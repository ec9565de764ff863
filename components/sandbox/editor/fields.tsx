"use client";

import { useId, useState, type ReactNode } from "react";
import { formatPath } from "@/lib/sim/format-path";
import { getAt, type PathKey } from "@/lib/sandbox/paths";
import { inputBase } from "@/components/ui/styles";
import { useSandbox } from "../SandboxStoreProvider";

/** The value at a path of the scenario being edited, its validation message, and a setter. */
export function useField(path: PathKey[]) {
  const key = formatPath(path);
  const value = useSandbox((s) => getAt(s.value, path));
  // A field the scenario leaves out shows the default the engine applies (from the parsed scenario).
  const fallback = useSandbox((s) => (value === undefined ? getAt(s.scenario, path) : undefined));
  const error = useSandbox((s) => s.errors.find((e) => e.path === key)?.message);
  const disabled = useSandbox((s) => s.syntax !== null);
  const setField = useSandbox((s) => s.setField);
  return { key, value, fallback, error, disabled, set: (v: unknown) => setField(path, v) };
}

type Base = { path: PathKey[]; label: string; hint?: ReactNode; className?: string };

function Shell({
  id,
  label,
  hint,
  error,
  children,
  className,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400" data-testid="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const described = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

/** A number at a path; an empty box sends null so the schema says what is needed. */
export function NumberField({
  path,
  label,
  hint,
  className,
  step = "any",
  scale = 1,
}: Base & { step?: string; scale?: number }) {
  const id = useId();
  const f = useField(path);
  // While the learner types, keep their text ("1.", "-") rather than the number it parses to.
  const [draft, setDraft] = useState<string | null>(null);
  const shown =
    draft ??
    (typeof f.value === "number"
      ? String(Math.round((f.value / scale) * 1e6) / 1e6)
      : f.value == null
        ? ""
        : String(f.value));
  return (
    <Shell id={id} label={label} hint={hint} error={f.error} className={className}>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step={step}
        className={inputBase}
        value={shown}
        placeholder={
          typeof f.fallback === "number" ? `${Math.round((f.fallback / scale) * 1e6) / 1e6} (default)` : undefined
        }
        disabled={f.disabled}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={described(id, hint, f.error)}
        data-path={f.key}
        onChange={(e) => {
          setDraft(e.target.value);
          f.set(e.target.value === "" ? null : Number(e.target.value) * scale);
        }}
        onBlur={() => setDraft(null)}
      />
    </Shell>
  );
}

/** A string at a path. */
export function TextField({ path, label, hint, className }: Base) {
  const id = useId();
  const f = useField(path);
  return (
    <Shell id={id} label={label} hint={hint} error={f.error} className={className}>
      <input
        id={id}
        type="text"
        className={inputBase}
        value={typeof f.value === "string" ? f.value : ""}
        placeholder={typeof f.fallback === "string" ? `${f.fallback} (default)` : undefined}
        disabled={f.disabled}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={described(id, hint, f.error)}
        data-path={f.key}
        onChange={(e) => f.set(e.target.value)}
      />
    </Shell>
  );
}

/** One of a few values at a path. */
export function SelectField({ path, label, hint, className, options }: Base & { options: [string, string][] }) {
  const id = useId();
  const f = useField(path);
  return (
    <Shell id={id} label={label} hint={hint} error={f.error} className={className}>
      <select
        id={id}
        className={inputBase}
        value={typeof f.value === "string" ? f.value : typeof f.fallback === "string" ? f.fallback : ""}
        disabled={f.disabled}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={described(id, hint, f.error)}
        data-path={f.key}
        onChange={(e) => f.set(e.target.value)}
      >
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </Shell>
  );
}

/** A true/false at a path. */
export function CheckField({ path, label, className }: Base) {
  const id = useId();
  const f = useField(path);
  return (
    <div className={className}>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          className="h-4 w-4"
          checked={f.value === true || (f.value === undefined && f.fallback === true)}
          disabled={f.disabled}
          data-path={f.key}
          onChange={(e) => f.set(e.target.checked)}
        />
        <label htmlFor={id} className="text-sm">
          {label}
        </label>
      </div>
      {f.error ? <p className="mt-1 text-sm text-red-700 dark:text-red-400">{f.error}</p> : null}
    </div>
  );
}

/** A number that may be null (e.g. reserved concurrency: unreserved when unticked). */
export function NullableNumberField({
  path,
  label,
  toggle,
  whenOn,
  className,
}: Base & { toggle: string; whenOn: number }) {
  const f = useField(path);
  const on = f.value !== null && f.value !== undefined;
  const id = useId();
  return (
    <div className={className}>
      <div className="mb-1 flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          className="h-4 w-4"
          checked={on}
          disabled={f.disabled}
          onChange={(e) => f.set(e.target.checked ? whenOn : null)}
        />
        <label htmlFor={id} className="text-sm font-medium">
          {toggle}
        </label>
      </div>
      {on ? <NumberField path={path} label={label} step="1" /> : null}
    </div>
  );
}
