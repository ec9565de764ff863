import { describe, expect, it } from "vitest";
import { present, presentationSeed, type StoredItem } from "@/lib/srs/present";
import { itemsForCard, type MisconceptionItem } from "./items";
import { loadCards } from "./load";

/**
 * Review items must test knowledge, not test-taking: over every item of every card, neither an
 * option's position, nor its length, nor the true/false answer can be guessed better than chance.
 * These run on the real content, so a card that breaks the balance fails here with its name.
 */
const cards = loadCards();
const items = cards.flatMap((c) => itemsForCard(c, cards));
const choice = items.filter((i) => i.answer.kind === "choice");
const tf = items.filter((i) => i.answer.kind === "truefalse");
const pairs = cards.flatMap((c) => c.misconceptions.map((m) => ({ ...m, id: `${c.id}#${m.id}` })));
const SEEDS = 24;

const stored = (i: MisconceptionItem): StoredItem => ({ id: i.id, kind: i.kind, prompt: i.prompt, answer: i.answer });
const optionsOf = (i: MisconceptionItem) => (i.answer.kind === "choice" ? [i.answer.right, i.answer.wrong, ...i.answer.distractors] : []);

describe("misconception pairs", () => {
  it("state the right and the wrong side at comparable lengths (within a factor of 1.35)", () => {
    const uneven = pairs
      .map((p) => ({ id: p.id, ratio: Math.max(p.right.length, p.wrong.length) / Math.min(p.right.length, p.wrong.length) }))
      .filter((p) => p.ratio > 1.35)
      .map((p) => `${p.id} (${p.ratio.toFixed(2)})`);
    expect(uneven).toEqual([]);
  });

  it("are not predictable by length: the right side is the longer one in 35–65 % of pairs", () => {
    const rightLonger = pairs.filter((p) => p.right.length > p.wrong.length).length / pairs.length;
    expect(rightLonger).toBeGreaterThanOrEqual(0.35);
    expect(rightLonger).toBeLessThanOrEqual(0.65);
  });
});

describe('"which statement is true?" items', () => {
  it("offer several distinct options where the card family allows, every extra one a wrong statement", () => {
    const wrongs = new Set(pairs.map((p) => p.wrong));
    for (const item of choice) {
      const options = optionsOf(item);
      expect(new Set(options).size, item.id).toBe(options.length);
      for (const d of options.slice(2)) expect(wrongs.has(d), `${item.id}: ${d}`).toBe(true);
    }
    const withDistractors = choice.filter((i) => optionsOf(i).length >= 3).length;
    expect(withDistractors / choice.length).toBeGreaterThanOrEqual(0.8);
  });

  it("do not give the key away by length: the right option is the longest, or the shortest, no more than its fair share", () => {
    let longest = 0;
    let shortest = 0;
    let fair = 0;
    const ranks = new Map<number, number>();
    for (const item of choice) {
      const [right = "", ...others] = optionsOf(item);
      const longer = others.filter((o) => o.length > right.length).length;
      if (longer === 0) longest++;
      if (others.every((o) => o.length > right.length)) shortest++;
      fair += 1 / (others.length + 1);
      if (others.length === 3) ranks.set(longer, (ranks.get(longer) ?? 0) + 1);
    }
    // A fair share plus a margin of 8 percentage points of the items.
    const bound = fair + 0.08 * choice.length;
    expect(longest).toBeLessThanOrEqual(bound);
    expect(shortest).toBeLessThanOrEqual(bound);
    // Among four-option items, no length rank of the right option is a good bet either.
    const four = [...ranks.values()].reduce((a, b) => a + b, 0);
    for (const [rank, n] of ranks) expect(n / four, `rank ${rank}`).toBeLessThanOrEqual(0.25 + 0.1);
  });

  it("do not give the key away by position: across learners and reviews every position holds the key equally often", () => {
    const byPosition = new Map<number, number>();
    let total = 0;
    for (const item of choice) {
      for (let s = 0; s < SEEDS; s++) {
        const { view, key } = present(stored(item), presentationSeed(`learner-${s % 4}`, item.id, s, 0));
        const at = view.options.findIndex((o) => o.id === key.correctIds[0]);
        if (view.options.length !== 4) continue;
        byPosition.set(at, (byPosition.get(at) ?? 0) + 1);
        total++;
      }
    }
    for (let p = 0; p < 4; p++) {
      const share = (byPosition.get(p) ?? 0) / total;
      expect(share, `position ${p + 1}`).toBeGreaterThan(0.22);
      expect(share, `position ${p + 1}`).toBeLessThan(0.28);
    }
  });
});

describe("true/false items", () => {
  const presentations = tf.flatMap((item) =>
    Array.from({ length: SEEDS }, (_, s) => present(stored(item), presentationSeed(`learner-${s % 4}`, item.id, s, 0))),
  );

  it('have "false" as the answer in roughly half of all presentations', () => {
    const falseShare = presentations.filter((p) => p.key.correctIds[0] === "false").length / presentations.length;
    expect(falseShare).toBeGreaterThan(0.45);
    expect(falseShare).toBeLessThan(0.55);
  });

  it("cannot be answered from the statement's length", () => {
    const lengths = presentations.map((p) => p.view.statement?.length ?? 0).sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
    // The best length rule either way ("long means true" or "long means false") stays near chance.
    const longMeansTrue =
      presentations.filter((p) => ((p.view.statement?.length ?? 0) > median) === (p.key.correctIds[0] === "true")).length /
      presentations.length;
    expect(Math.max(longMeansTrue, 1 - longMeansTrue)).toBeLessThan(0.58);
  });
});
