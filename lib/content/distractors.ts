import { hashString, mixSeed } from "@/lib/random/prng";
import type { Card } from "./parse";

/** At most this many extra wrong statements per "which statement is true?" item (four options in all). */
export const MAX_DISTRACTORS = 2;

/**
 * A distractor's length must lie within this factor of the right statement's (either way), so the
 * longest or the shortest option does not give the key away.
 */
export const LENGTH_BAND = 1.45;

const norm = (s: string) => s.trim().toLowerCase();

/** The cards whose misconceptions count as one family: the card, its related cards, and cards relating to it. */
function family(card: Card, cards: readonly Card[]): Card[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const out = [card];
  for (const id of card.related) {
    const c = byId.get(id);
    if (c && !out.includes(c)) out.push(c);
  }
  for (const c of cards) if (c.related.includes(card.id) && !out.includes(c)) out.push(c);
  return out;
}

/**
 * Wrong statements from the card's other pairs and from related cards, to offer next to a pair's
 * right and wrong statement. Only candidates of comparable length qualify; among them the choice is
 * a fixed pseudo-random one (a hash of the pair and the candidate), so sync stays deterministic and
 * the right statement's length rank is not predictable.
 */
export function distractorsFor(card: Card, pairId: string, cards: readonly Card[], count = MAX_DISTRACTORS): string[] {
  const pair = card.misconceptions.find((m) => m.id === pairId);
  if (!pair) throw new Error(`Card ${card.id} has no pair ${pairId}`);
  const target = pair.right.length;
  const seen = new Set([norm(pair.right), norm(pair.wrong)]);
  const pool: { text: string; rank: number }[] = [];
  for (const c of family(card, cards)) {
    for (const m of c.misconceptions) {
      if (seen.has(norm(m.wrong))) continue;
      seen.add(norm(m.wrong));
      const ratio = m.wrong.length / target;
      if (ratio > LENGTH_BAND || ratio < 1 / LENGTH_BAND) continue;
      pool.push({ text: m.wrong, rank: mixSeed(hashString(`${card.id}#${pairId}|${c.id}#${m.id}`), 7) });
    }
  }
  return pool
    .sort((a, b) => a.rank - b.rank)
    .slice(0, count)
    .map((d) => d.text);
}
