import type { CardSummary } from "@/lib/content/catalog";
import type { CardProgress } from "@/lib/srs/progress";
import { panel } from "@/components/ui/styles";
import { DomainBadges } from "./DomainBadges";
import { ProgressBadge } from "./ProgressBadge";

/**
 * The /learn result list, grouped by section; rendered on the server so it ships no JavaScript.
 * Tiles link with plain `<a>`: each `next/link` is a client component that hydrates on load (73 of
 * them here), and a card page is prerendered, so a full page load to it is as quick as a client one.
 * Each tile part has one class (app/globals.css): 73 tiles' utility lists, sent in both the HTML and
 * React's payload, were most of the page's bytes.
 */
export function CardList({
  shown,
  sections,
  progress,
}: {
  shown: CardSummary[];
  sections: readonly string[];
  progress: Record<string, CardProgress>;
}) {
  if (shown.length === 0) return <p className={panel}>No card matches. Clear a filter or try another word.</p>;
  return sections.map((section) => {
    const inSection = shown.filter((c) => c.section === section);
    if (inSection.length === 0) return null;
    const headingId = `section-${section.replace(/\W+/g, "-").toLowerCase()}`;
    return (
      <section key={section} aria-labelledby={headingId} className="mb-8">
        <h2 id={headingId} className="mb-3 text-xl font-semibold">
          {section} <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({inSection.length})</span>
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {inSection.map((c) => (
            <li key={c.id} className="card-tile" data-testid="card-tile">
              <div className="card-tile-head">
                <h3>
                  <a href={`/learn/${c.id}`}>{c.title}</a>
                </h3>
                <ProgressBadge progress={progress[c.id]} />
              </div>
              <p className="card-tile-summary">{c.summary}</p>
              <div className="card-tile-foot">
                <DomainBadges domains={c.domains} />
                {c.beyondNotes ? <span className="card-tile-beyond">beyond the notes</span> : null}
                {c.hasScenario ? <span className="card-tile-sandbox">▶ sandbox</span> : null}
              </div>
            </li>
          ))}
        </ul>
      </section>
    );
  });
}
