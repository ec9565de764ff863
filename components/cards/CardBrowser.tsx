"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import type { CardSummary } from "@/lib/content/catalog";
import { DOMAIN_NAMES, DOMAINS, SECTIONS } from "@/lib/content/schema";
import { buttonSecondary, inputBase, panel } from "@/components/ui/styles";
import { DomainBadges } from "./DomainBadges";
import { filterCards, type CardFilter } from "./filter";
import { ProgressBadge } from "./ProgressBadge";
import { useCardProgress } from "./useCardProgress";
import { addCardsToReviews } from "./add-to-reviews";

const PROGRESS_OPTIONS = [
  ["not-started", "Not started"],
  ["new", "New"],
  ["learning", "Learning"],
  ["mastered", "Mastered"],
] as const;

/** The /learn list: search, section/domain/progress filters kept in the URL, cards grouped by section. */
export function CardBrowser({ cards }: { cards: CardSummary[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const { progress, refresh, signedIn } = useCardProgress();
  const [status, setStatus] = useState<string | null>(null);
  const filter: CardFilter = {
    q: params.get("q") ?? "",
    section: params.get("section") ?? "",
    domain: params.get("domain") ?? "",
    progress: params.get("progress") ?? "",
  };
  // 50 cards: filtering on every render is cheaper than memoising.
  const shown = filterCards(cards, filter, progress);

  function update(key: keyof CardFilter, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    router.replace(`${pathname}${next.size ? `?${next}` : ""}`, { scroll: false });
  }

  async function addShown() {
    setStatus("Adding…");
    const result = await addCardsToReviews(shown.map((c) => c.id));
    setStatus(result.message);
    if (result.ok) await refresh();
  }

  const hiddenCount = cards.length - shown.length;
  return (
    <div>
      <form
        role="search"
        className={`${panel} mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-4`}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="sm:col-span-2 lg:col-span-1">
          <label htmlFor="card-search" className="mb-1 block text-sm font-medium">
            Search cards
          </label>
          <input
            id="card-search"
            type="search"
            className={inputBase}
            placeholder="e.g. throttle, DLQ, KMS"
            defaultValue={filter.q}
            onChange={(e) => update("q", e.target.value)}
          />
        </div>
        <Select
          id="section-filter"
          label="Section"
          value={filter.section}
          onChange={(v) => update("section", v)}
          options={SECTIONS.map((s) => [s, s])}
        />
        <Select
          id="domain-filter"
          label="Exam domain"
          value={filter.domain}
          onChange={(v) => update("domain", v)}
          options={DOMAINS.map((d) => [d, `${d}: ${DOMAIN_NAMES[d]}`])}
        />
        {signedIn ? (
          <Select
            id="progress-filter"
            label="My progress"
            value={filter.progress}
            onChange={(v) => update("progress", v)}
            options={PROGRESS_OPTIONS.map(([v, l]) => [v, l])}
          />
        ) : null}
      </form>

      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400" data-testid="card-count">
          {shown.length} of {cards.length} cards{hiddenCount ? " match" : ""}
        </p>
        {signedIn && shown.length > 0 ? (
          <div className="flex items-center gap-3">
            <span role="status" className="text-sm text-slate-600 dark:text-slate-400">
              {status}
            </span>
            <button type="button" className={buttonSecondary} onClick={() => void addShown()}>
              Add {shown.length === cards.length ? "all" : `these ${shown.length}`} to my reviews
            </button>
          </div>
        ) : null}
      </div>

      {shown.length === 0 ? (
        <p className={panel}>No card matches. Clear a filter or try another word.</p>
      ) : (
        SECTIONS.map((section) => {
          const inSection = shown.filter((c) => c.section === section);
          if (inSection.length === 0) return null;
          const headingId = `section-${section.replace(/\W+/g, "-").toLowerCase()}`;
          return (
            <section key={section} aria-labelledby={headingId} className="mb-8">
              <h2 id={headingId} className="mb-3 text-xl font-semibold">
                {section}{" "}
                <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({inSection.length})</span>
              </h2>
              <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                {inSection.map((c) => (
                  <li key={c.id} className={`${panel} flex flex-col gap-2`} data-testid="card-tile">
                    <div className="flex items-start justify-between gap-2">
                      <h3 className="font-semibold">
                        <Link
                          href={`/learn/${c.id}`}
                          className="text-sky-900 underline-offset-2 hover:underline dark:text-sky-200"
                        >
                          {c.title}
                        </Link>
                      </h3>
                      <ProgressBadge progress={progress[c.id]} />
                    </div>
                    <p className="text-sm text-slate-600 dark:text-slate-400">{c.summary}</p>
                    <div className="mt-auto flex flex-wrap items-center gap-2 pt-1">
                      <DomainBadges domains={c.domains} />
                      {c.beyondNotes ? (
                        <span className="text-xs text-violet-800 dark:text-violet-300">beyond the notes</span>
                      ) : null}
                      {c.hasScenario ? (
                        <span className="text-xs text-slate-600 dark:text-slate-400">▶ sandbox</span>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
    </div>
  );
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: readonly (readonly [string, string])[];
}) {
  return (
    <div>
      <label htmlFor={props.id} className="mb-1 block text-sm font-medium">
        {props.label}
      </label>
      <select id={props.id} className={inputBase} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
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
