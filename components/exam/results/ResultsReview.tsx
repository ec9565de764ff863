"use client";

import { useState } from "react";
import { cn } from "@/components/ui/cn";
import { selectBase } from "../styles";
import { DOMAIN_NAMES, DOMAINS, type Domain } from "@/lib/content/schema";
import { filterReview, reviewCounts, type ReviewFilter } from "@/lib/exam/review";
import type { ResultItem } from "@/lib/server/exams/results";
import { ResultQuestion } from "./ResultQuestion";

const SHOW: { value: ReviewFilter["show"]; label: string }[] = [
  { value: "all", label: "All" },
  { value: "correct", label: "Correct" },
  { value: "incorrect", label: "Incorrect" },
  { value: "skipped", label: "Skipped" },
  { value: "flagged", label: "Flagged" },
];

/** The results review: every question, filtered by outcome or flag and by domain. */
export function ResultsReview({
  attemptId,
  items,
  reported,
}: {
  attemptId: string;
  items: ResultItem[];
  reported: number[];
}) {
  const [filter, setFilter] = useState<ReviewFilter>({ show: "all", domain: "all" });
  const counts = reviewCounts(items);
  const shown = filterReview(items, filter);
  return (
    <section aria-labelledby="review-heading" className="mt-8">
      <h2 id="review-heading" className="text-lg font-semibold">
        Review every question
      </h2>
      <div className="mt-3 flex flex-wrap items-end gap-4">
        <fieldset>
          <legend className="mb-1 text-sm font-medium">Show</legend>
          <div className="flex flex-wrap gap-1.5">
            {SHOW.map((s) => (
              <label
                key={s.value}
                className={cn(
                  "cursor-pointer rounded-full border px-3 py-1 text-sm has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-sky-500",
                  filter.show === s.value
                    ? "border-sky-700 bg-sky-700 text-white dark:border-sky-400 dark:bg-sky-400 dark:text-slate-950"
                    : "border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-900",
                )}
              >
                <input
                  type="radio"
                  name="show"
                  value={s.value}
                  className="sr-only"
                  checked={filter.show === s.value}
                  onChange={() => setFilter((f) => ({ ...f, show: s.value }))}
                />
                {s.label} ({counts[s.value]})
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="domain-filter" className="mb-1 block text-sm font-medium">
            Domain
          </label>
          <select
            id="domain-filter"
            className={selectBase}
            value={filter.domain}
            onChange={(e) => setFilter((f) => ({ ...f, domain: e.target.value as Domain | "all" }))}
          >
            <option value="all">All domains</option>
            {DOMAINS.map((d) => (
              <option key={d} value={d}>
                {d} {DOMAIN_NAMES[d]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" className="mt-3 text-sm text-slate-600 dark:text-slate-400" data-testid="review-count">
        Showing {shown.length} of {items.length} questions.
      </p>
      <ol className="mt-3 space-y-4">
        {shown.map((item) => (
          <ResultQuestion
            key={item.position}
            attemptId={attemptId}
            item={item}
            reported={reported.includes(item.position)}
          />
        ))}
      </ol>
    </section>
  );
}
