import fs from "node:fs";
import path from "node:path";
import { parseCard, CardValidationError, type Card } from "./parse";
import { SECTIONS } from "./schema";

export const CARDS_DIR = path.join(process.cwd(), "content", "cards");
export const SCENARIOS_DIR = path.join(process.cwd(), "content", "scenarios");

// Cards are build-time content, identical for every user: caching them per process is safe.
// Outside production they are re-read so edits show up at once.
const cache = new Map<string, Card[]>();

/** Reads and validates every card in a folder; throws one error listing every bad file and field. */
export function loadCards(dir: string = CARDS_DIR): Card[] {
  const hit = process.env.NODE_ENV === "production" ? cache.get(dir) : undefined;
  if (hit) return hit;
  const cards = readCards(dir);
  cache.set(dir, cards);
  return cards;
}

function readCards(dir: string): Card[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".mdx")).sort();
  const cards: Card[] = [];
  const errors: CardValidationError[] = [];
  for (const f of files) {
    const file = path.join(dir, f);
    try {
      cards.push(parseCard(path.relative(process.cwd(), file), fs.readFileSync(file, "utf8")));
    } catch (e) {
      if (e instanceof CardValidationError) errors.push(e);
      else throw e;
    }
  }
  const ids = new Set(cards.map((c) => c.id));
  for (const card of cards) {
    const problems: string[] = [];
    card.related.forEach((r, i) => {
      if (!ids.has(r)) problems.push(`related[${i}]: no card with id "${r}"`);
      if (r === card.id) problems.push(`related[${i}]: a card cannot relate to itself`);
    });
    if (card.scenario && !fs.existsSync(path.join(SCENARIOS_DIR, `${card.scenario}.json`))) {
      problems.push(`scenario: content/scenarios/${card.scenario}.json does not exist`);
    }
    if (problems.length) errors.push(new CardValidationError(`content/cards/${card.id}.mdx`, problems));
  }
  if (errors.length) {
    throw new Error(`Invalid concept cards:\n${errors.map((e) => e.message).join("\n")}`);
  }
  return cards.sort(
    (a, b) => SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) || a.order - b.order || a.title.localeCompare(b.title),
  );
}
