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

const unit = (key: string, stream: number) => mixSeed(hashString(key), stream) / 2 ** 32;

/**
 * How many distractors go on the same side (longer or shorter) of the right statement as the pair's
 * own wrong statement. With about half of the wrong statements longer than their right ones, these
 * odds make every length rank of the right option equally likely across items, so neither "pick the
 * longest" nor "pick the shortest" nor "avoid the extremes" beats chance.
 */
function sameSideCount(count: number, u: number): number {
  if (count >= 2) return u < 0.5 ? 2 : u < 0.75 ? 1 : 0;
  if (count === 1) return u < 2 / 3 ? 1 : 0;
  return 0;
}

/**
 * Wrong statements from the card's other pairs and from related cards, to offer next to a pair's
 * right and wrong statement. Only candidates of comparable length qualify; which ones are taken is
 * fixed by a hash of the pair (sync stays deterministic) and balanced by length as described above.
 */
export function distractorsFor(card: Card, pairId: string, cards: readonly Card[], count = MAX_DISTRACTORS): string[] {
  const pair = card.misconceptions.find((m) => m.id === pairId);
  if (!pair) throw new Error(`Card ${card.id} has no pair ${pairId}`);
  const key = `${card.id}#${pairId}`;
  const target = pair.right.length;
  const seen = new Set([norm(pair.right), norm(pair.wrong)]);
  const longer: { text: string; rank: number }[] = [];
  const shorter: { text: string; rank: number }[] = [];
  for (const c of family(card, cards)) {
    for (const m of c.misconceptions) {
      if (seen.has(norm(m.wrong))) continue;
      seen.add(norm(m.wrong));
      const ratio = m.wrong.length / target;
      if (ratio > LENGTH_BAND || ratio < 1 / LENGTH_BAND) continue;
      (ratio > 1 ? longer : shorter).push({ text: m.wrong, rank: mixSeed(hashString(`${key}|${c.id}#${m.id}`), 7) });
    }
  }
  for (const side of [longer, shorter]) side.sort((a, b) => a.rank - b.rank);
  const n = Math.min(count, longer.length + shorter.length);
  const [same, other] = pair.wrong.length > target ? [longer, shorter] : [shorter, longer];
  let fromSame = Math.min(sameSideCount(n, unit(key, 11)), same.length);
  if (n - fromSame > other.length) fromSame = n - other.length;
  return [...same.slice(0, fromSame), ...other.slice(0, n - fromSame)].map((d) => d.text);
}
