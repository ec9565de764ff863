"use client";

import { useId } from "react";
import { inputBase } from "@/components/ui/styles";
import type { LogFilter } from "../store/types";

const KINDS: [LogFilter["kind"], string][] = [
  ["all", "All kinds"],
  ["invocation", "Invocations (START/END/REPORT)"],
  ["throttle", "Throttles (429)"],
  ["accepted", "Accepted async events (202)"],
  ["retry", "Retries"],
  ["delivery", "DLQ and destinations"],
  ["expired", "Expired events"],
];
const STATUSES: [LogFilter["status"], string][] = [
  ["all", "All statuses"],
  ["ok", "Succeeded"],
  ["error", "Error"],
  ["timeout", "Timed out"],
  ["429", "429 throttled"],
  ["202", "202 accepted"],
];

/** Function, kind and status filters of the log, and whether it follows the playhead. */
export function LogFilters({
  names,
  filter,
  onChange,
}: {
  names: string[];
  filter: LogFilter;
  onChange: (f: Partial<LogFilter>) => void;
}) {
  const id = useId();
  return (
    <div className="mt-2 grid gap-2 sm:grid-cols-4">
      <div>
        <label htmlFor={`${id}-fn`} className="mb-1 block text-sm font-medium">
          Function
        </label>
        <select
          id={`${id}-fn`}
          className={inputBase}
          value={filter.fn}
          onChange={(e) => onChange({ fn: Number(e.target.value) })}
        >
          <option value={-1}>All functions</option>
          {names.map((n, i) => (
            <option key={n} value={i}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-kind`} className="mb-1 block text-sm font-medium">
          Kind
        </label>
        <select
          id={`${id}-kind`}
          className={inputBase}
          value={filter.kind}
          onChange={(e) => onChange({ kind: e.target.value as LogFilter["kind"] })}
        >
          {KINDS.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-status`} className="mb-1 block text-sm font-medium">
          Status
        </label>
        <select
          id={`${id}-status`}
          className={inputBase}
          value={filter.status}
          onChange={(e) => onChange({ status: e.target.value as LogFilter["status"] })}
        >
          {STATUSES.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input
          type="checkbox"
          className="h-4 w-4"
          checked={filter.follow}
          onChange={(e) => onChange({ follow: e.target.checked })}
        />
        Follow the playhead
      </label>
    </div>
  );
}
