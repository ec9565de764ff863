"use client";

import type { ValidationError } from "@/lib/sim";

/** Validation problems, each with its JSON path, as parseScenario reports them. */
export function ErrorList({ errors, id, title }: { errors: ValidationError[]; id?: string; title?: string }) {
  if (errors.length === 0) return null;
  return (
    <div
      id={id}
      className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950/40"
      data-testid="error-list"
    >
      <p className="font-semibold text-red-800 dark:text-red-200">
        {title ?? `${errors.length} problem${errors.length === 1 ? "" : "s"} to fix before this can run`}
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {errors.map((e) => (
          <li key={`${e.path}:${e.message}`}>
            <code className="font-mono text-xs">{e.path}</code>: {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
