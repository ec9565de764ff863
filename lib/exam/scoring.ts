import { DOMAINS, type Domain } from "@/lib/content/schema";
import type { Blueprint } from "./blueprint";

export const MIN_SCALED = 100;
export const MAX_SCALED = 1000;

/** All or nothing: right only when exactly the correct options were chosen (no partial credit, no penalty). */
export function isAnswerCorrect(selected: readonly string[], correctIds: readonly string[]): boolean {
  if (selected.length !== correctIds.length) return false;
  const want = new Set(correctIds);
  return new Set(selected).size === selected.length && selected.every((id) => want.has(id));
}

/** True when `correct` of `scored` reaches the blueprint's cut score. */
export function isPass(correct: number, scored: number, bp: Pick<Blueprint, "cutScore">): boolean {
  // A tolerance so 0.72 × 50 = 36 passes despite binary floating point.
  return scored > 0 && correct / scored >= bp.cutScore - 1e-9;
}

/**
 * The raw → scaled mapping (AWS does not publish its own): two straight lines through
 * (0 %, 100), (cut score, pass mark) and (100 %, 1000). Below the cut the result is capped one
 * point under the pass mark, so the scaled score and pass/fail can never disagree.
 */
export function scaledScore(correct: number, scored: number, bp: Pick<Blueprint, "cutScore" | "passMark">): number {
  if (scored <= 0) return MIN_SCALED;
  const p = Math.min(1, Math.max(0, correct / scored));
  if (isPass(correct, scored, bp)) {
    const above = bp.cutScore >= 1 ? 0 : (p - bp.cutScore) / (1 - bp.cutScore);
    return Math.min(MAX_SCALED, Math.round(bp.passMark + Math.max(0, above) * (MAX_SCALED - bp.passMark)));
  }
  return Math.min(bp.passMark - 1, Math.round(MIN_SCALED + (p / bp.cutScore) * (bp.passMark - MIN_SCALED)));
}

/** The scaled score a fraction correct maps to (for predictions, which are fractions, not counts). */
export function scaledFromFraction(p: number, bp: Pick<Blueprint, "cutScore" | "passMark">): number {
  const denominator = 1_000_000;
  return scaledScore(Math.round(p * denominator), denominator, bp);
}

export type GradedAnswer = { domain: Domain | null; scored: boolean; correct: boolean };
export type DomainScore = {
  correct: number;
  total: number;
  /** As the real score report rates each domain; null when the attempt had no scored question in it. */
  rating: "meets" | "needs-improvement" | null;
};
export type AttemptScore = {
  raw: number;
  scoredCount: number;
  scaled: number;
  passed: boolean;
  domains: Record<Domain, DomainScore>;
};

/** Scores a graded attempt: only scored questions count; unanswered ones were graded wrong. */
export function scoreAttempt(
  answers: readonly GradedAnswer[],
  bp: Pick<Blueprint, "cutScore" | "passMark">,
): AttemptScore {
  const scored = answers.filter((a) => a.scored);
  const raw = scored.filter((a) => a.correct).length;
  const domains = Object.fromEntries(
    DOMAINS.map((d) => {
      const inDomain = scored.filter((a) => a.domain === d);
      const correct = inDomain.filter((a) => a.correct).length;
      const rating =
        inDomain.length === 0 ? null : isPass(correct, inDomain.length, bp) ? "meets" : "needs-improvement";
      return [d, { correct, total: inDomain.length, rating }];
    }),
  ) as Record<Domain, DomainScore>;
  return {
    raw,
    scoredCount: scored.length,
    scaled: scaledScore(raw, scored.length, bp),
    passed: isPass(raw, scored.length, bp),
    domains,
  };
}
