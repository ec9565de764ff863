import type { Domain } from "@/lib/content/schema";

/** How a submitted question went: right, wrong, or never answered (which also scores as wrong). */
export type Outcome = "correct" | "incorrect" | "skipped";
export const OUTCOMES: readonly Outcome[] = ["correct", "incorrect", "skipped"];

export function outcomeOf(a: { selected: readonly string[]; correct: boolean }): Outcome {
  if (a.selected.length === 0) return "skipped";
  return a.correct ? "correct" : "incorrect";
}

/** The results review's filter: an outcome or "flagged", and a domain; "all" lets everything through. */
export type ReviewFilter = { show: Outcome | "flagged" | "all"; domain: Domain | "all" };

/** The questions the filter keeps, in exam order. */
export function filterReview<T extends { outcome: Outcome; flagged: boolean; domain: Domain | null }>(
  items: readonly T[],
  f: ReviewFilter,
): T[] {
  return items.filter(
    (i) =>
      (f.show === "all" || (f.show === "flagged" ? i.flagged : i.outcome === f.show)) &&
      (f.domain === "all" || i.domain === f.domain),
  );
}

/** Counts for the filter buttons. */
export function reviewCounts(items: ReadonlyArray<{ outcome: Outcome; flagged: boolean }>) {
  return {
    all: items.length,
    correct: items.filter((i) => i.outcome === "correct").length,
    incorrect: items.filter((i) => i.outcome === "incorrect").length,
    skipped: items.filter((i) => i.outcome === "skipped").length,
    flagged: items.filter((i) => i.flagged).length,
  };
}

export type ChosenDistractor = { position: number; optionId: string; misconception: string | null; correct: boolean };
export type MisconceptionGroup = { ref: string; cardId: string; pairId: string; positions: number[] };

/**
 * The misconceptions a learner showed: every wrong option they chose that embodies a card's
 * misconception ("<cardId>#<pairId>"), grouped by that misconception, most frequent first.
 */
export function groupMisconceptions(chosen: readonly ChosenDistractor[]): MisconceptionGroup[] {
  const groups = new Map<string, Set<number>>();
  for (const c of chosen) {
    if (c.correct || !c.misconception) continue;
    const set = groups.get(c.misconception) ?? new Set<number>();
    set.add(c.position);
    groups.set(c.misconception, set);
  }
  return [...groups]
    .map(([ref, positions]) => {
      const [cardId = "", pairId = ""] = ref.split("#");
      return { ref, cardId, pairId, positions: [...positions].sort((a, b) => a - b) };
    })
    .sort((a, b) => b.positions.length - a.positions.length || a.ref.localeCompare(b.ref));
}

/**
 * The trend of a learner's scaled scores (oldest first): the least-squares slope in points per
 * attempt over the last `window` attempts; null with fewer than two.
 */
export function scoreTrend(scores: readonly number[], window = 5): number | null {
  const ys = scores.slice(-window);
  if (ys.length < 2) return null;
  const n = ys.length;
  const meanX = (n - 1) / 2;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return num / den;
}

/**
 * The questions to practise again: those whose most recent graded answer was wrong (a later
 * right answer takes a question off the list, a later wrong one puts it back), sorted by id.
 */
export function latestWrong(graded: ReadonlyArray<{ questionId: string; correct: boolean; at: number }>): string[] {
  const latest = new Map<string, { at: number; correct: boolean }>();
  for (const g of graded) {
    const seen = latest.get(g.questionId);
    if (!seen || g.at > seen.at || (g.at === seen.at && !g.correct)) latest.set(g.questionId, g);
  }
  return [...latest]
    .filter(([, v]) => !v.correct)
    .map(([id]) => id)
    .sort();
}
