import { loadCards } from "@/lib/content/load";

/** The concept cards an editor can link, and their misconception pairs as "<card>#<pair>". */
export function editorCardOptions() {
  const cards = loadCards();
  return {
    cards: cards.map((c) => ({ id: c.id, title: c.title })),
    // Pairs get stable ids with the content work; until then their position names them.
    misconceptions: cards.flatMap((c) =>
      c.misconceptions.map((m, i) => `${c.id}#${"id" in m && typeof m.id === "string" ? m.id : String(i)}`),
    ),
  };
}
