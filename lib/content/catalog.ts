import type { Card } from "./parse";
import type { Domain, Section } from "./schema";

/** What a list of cards needs (no bodies), small enough to send to the browser. */
export type CardSummary = {
  id: string;
  title: string;
  section: Section;
  topic: string;
  domains: Domain[];
  summary: string;
  beyondNotes: boolean;
  hasScenario: boolean;
  pairs: number;
  searchText: string;
};

/** The browser-safe summary of a card, with a lowercase haystack for search. */
export function toSummary(card: Card): CardSummary {
  return {
    id: card.id,
    title: card.title,
    section: card.section,
    topic: card.topic,
    domains: card.domains,
    summary: card.summary,
    beyondNotes: card.source === "beyond-notes",
    hasScenario: Boolean(card.scenario),
    pairs: card.misconceptions.length,
    searchText: [card.title, card.topic, card.summary, ...card.misconceptions.flatMap((m) => [m.wrong, m.right])]
      .join(" ")
      .toLowerCase(),
  };
}
