import type { CardSummary } from "@/lib/content/catalog";
import type { CardProgress } from "@/lib/srs/progress";

export type CardFilter = { q: string; section: string; domain: string; progress: string };

/** The cards matching a search and the section / domain / progress filters ("" means any). */
export function filterCards(
  cards: CardSummary[],
  f: CardFilter,
  progress: Record<string, CardProgress>,
): CardSummary[] {
  const words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
  return cards.filter(
    (c) =>
      (!f.section || c.section === f.section) &&
      (!f.domain || c.domains.includes(f.domain as CardSummary["domains"][number])) &&
      (!f.progress || (progress[c.id] ?? "not-started") === f.progress) &&
      words.every((w) => c.searchText.includes(w)),
  );
}
