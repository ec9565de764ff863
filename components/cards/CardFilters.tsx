"use client";

import { usePathname, useRouter } from "next/navigation";
import { useRef, useTransition } from "react";
import { inputBase, panel } from "@/components/ui/styles";
import type { CardFilter } from "./filter";

type Option = readonly [value: string, label: string];

const PROGRESS_OPTIONS: Option[] = [
  ["not-started", "Not started"],
  ["new", "New"],
  ["learning", "Learning"],
  ["mastered", "Mastered"],
];

/**
 * The /learn filters: a small client island that only rewrites the URL; the server filters and
 * renders the list. Without JavaScript it is a plain GET form (Enter submits).
 */
export function CardFilters(props: { filter: CardFilter; sections: Option[]; domains: Option[]; signedIn: boolean }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  // The latest choice of every field, so two quick changes do not wait for the server's answer.
  const current = useRef<CardFilter>(props.filter);

  function update(key: keyof CardFilter, value: string) {
    current.current = { ...current.current, [key]: value };
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(current.current)) if (v) next.set(k, v);
    startTransition(() => router.replace(`${pathname}${next.size ? `?${next}` : ""}`, { scroll: false }));
  }

  return (
    <form
      role="search"
      action={pathname}
      aria-busy={pending}
      className={`${panel} mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-4`}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="sm:col-span-2 lg:col-span-1">
        <label htmlFor="card-search" className="mb-1 block text-sm font-medium">
          Search cards
        </label>
        <input
          id="card-search"
          name="q"
          type="search"
          className={inputBase}
          placeholder="e.g. throttle, DLQ, KMS"
          defaultValue={props.filter.q}
          onChange={(e) => update("q", e.target.value)}
        />
      </div>
      <Select name="section" label="Section" value={props.filter.section} options={props.sections} onChange={update} />
      <Select name="domain" label="Exam domain" value={props.filter.domain} options={props.domains} onChange={update} />
      {props.signedIn ? (
        <Select
          name="progress"
          label="My progress"
          value={props.filter.progress}
          options={PROGRESS_OPTIONS}
          onChange={update}
        />
      ) : null}
    </form>
  );
}

function Select(props: {
  name: keyof CardFilter;
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (key: keyof CardFilter, v: string) => void;
}) {
  const id = `${props.name}-filter`;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {props.label}
      </label>
      <select
        id={id}
        name={props.name}
        className={inputBase}
        defaultValue={props.value}
        onChange={(e) => props.onChange(props.name, e.target.value)}
      >
        <option value="">All</option>
        {props.options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
