import { DOMAINS, type Domain } from "@/lib/content/schema";
import type { Blueprint } from "./blueprint";
import { scaledFromFraction } from "./scoring";

/**
 * Exam readiness: a predicted scaled score with a range, per domain, from two kinds of evidence.
 *
 * Each domain's chance of answering an exam question right is a Beta posterior (uniform prior):
 * - every recent mock answer (scored questions of timed, practice and section attempts; not the
 *   missed-questions mode, which only draws known weak spots) counts as one observation,
 *   weighted by recency with a 30-day half-life;
 * - every reviewed card or question item in the domain adds its FSRS recall probability R as a
 *   quarter of an observation (R of a success, 1 − R of a failure): remembering a fact is weaker
 *   evidence than answering a scenario question, and all items of a domain together count for at
 *   most 10 observations so a large deck cannot outweigh the mocks.
 * The prediction weights the domains as the blueprint does; its range is a 90 % interval that
 * adds the posterior uncertainty to the luck of a 65-question exam. The weakest domain is the one
 * with the lowest estimate among domains with evidence.
 */
export const HALF_LIFE_DAYS = 30;
export const RECALL_ITEM_WEIGHT = 0.25;
export const RECALL_CAP = 10;
/** Below this many (weighted) observations in all, no estimate is made. */
export const MIN_EVIDENCE = 5;
const Z90 = 1.6449;

export type ReadinessInput = {
  now: Date;
  answers: ReadonlyArray<{ domain: Domain | null; correct: boolean; at: Date }>;
  recall: ReadonlyArray<{ domains: readonly Domain[]; r: number }>;
  blueprint: Pick<Blueprint, "weights" | "cutScore" | "passMark" | "count" | "unscored">;
};

export type DomainReadiness = { p: number; evidence: number; mockAnswers: number; recallItems: number };
export type Readiness =
  | { status: "insufficient"; evidence: number; needed: number }
  | {
      status: "estimate";
      predicted: number;
      low: number;
      high: number;
      /** Probability of reaching the pass mark under the same model. */
      passChance: number;
      domains: Record<Domain, DomainReadiness>;
      weakest: Domain;
      untested: Domain[];
    };

/** The standard normal CDF (Abramowitz–Stegun 26.2.17, |error| < 7.5e-8). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const d = 0.3989422804014327 * Math.exp((-z * z) / 2);
  const tail = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return z >= 0 ? 1 - tail : tail;
}

/** The readiness estimate for one learner at `now`. */
export function estimateReadiness({ now, answers, recall, blueprint }: ReadinessInput): Readiness {
  const acc = Object.fromEntries(
    DOMAINS.map((d) => [d, { mockS: 0, mockN: 0, recS: 0, recN: 0, mockAnswers: 0, recallItems: 0 }]),
  ) as Record<
    Domain,
    { mockS: number; mockN: number; recS: number; recN: number; mockAnswers: number; recallItems: number }
  >;
  for (const a of answers) {
    if (!a.domain) continue;
    const ageDays = Math.max(0, (now.getTime() - a.at.getTime()) / 86_400_000);
    const w = 0.5 ** (ageDays / HALF_LIFE_DAYS);
    const d = acc[a.domain];
    d.mockN += w;
    d.mockS += a.correct ? w : 0;
    d.mockAnswers++;
  }
  for (const item of recall) {
    const r = Math.min(1, Math.max(0, item.r));
    for (const domain of new Set(item.domains)) {
      const d = acc[domain];
      d.recN += RECALL_ITEM_WEIGHT;
      d.recS += RECALL_ITEM_WEIGHT * r;
      d.recallItems++;
    }
  }

  const domains = {} as Record<Domain, DomainReadiness>;
  const variance = {} as Record<Domain, number>;
  let evidence = 0;
  for (const d of DOMAINS) {
    const a = acc[d];
    const cap = a.recN > RECALL_CAP ? RECALL_CAP / a.recN : 1;
    const n = a.mockN + a.recN * cap;
    const s = a.mockS + a.recS * cap;
    const alpha = 1 + s;
    const beta = 1 + (n - s);
    domains[d] = { p: alpha / (alpha + beta), evidence: n, mockAnswers: a.mockAnswers, recallItems: a.recallItems };
    variance[d] = (alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1));
    evidence += n;
  }
  if (evidence < MIN_EVIDENCE) return { status: "insufficient", evidence, needed: MIN_EVIDENCE };

  const totalWeight = DOMAINS.reduce((s, d) => s + blueprint.weights[d], 0) || 1;
  const w = (d: Domain) => blueprint.weights[d] / totalWeight;
  const p = DOMAINS.reduce((s, d) => s + w(d) * domains[d].p, 0);
  const scored = Math.max(1, blueprint.count - blueprint.unscored);
  const sd = Math.sqrt(DOMAINS.reduce((s, d) => s + w(d) ** 2 * variance[d], 0) + (p * (1 - p)) / scored);
  const clamp = (x: number) => Math.min(1, Math.max(0, x));

  const tested = DOMAINS.filter((d) => domains[d].evidence > 0);
  const weakest = [...tested].sort(
    (a, b) => domains[a].p - domains[b].p || domains[a].evidence - domains[b].evidence,
  )[0]!;
  return {
    status: "estimate",
    predicted: scaledFromFraction(p, blueprint),
    low: scaledFromFraction(clamp(p - Z90 * sd), blueprint),
    high: scaledFromFraction(clamp(p + Z90 * sd), blueprint),
    passChance: sd > 0 ? 1 - normalCdf((blueprint.cutScore - p) / sd) : p >= blueprint.cutScore ? 1 : 0,
    domains,
    weakest,
    untested: DOMAINS.filter((d) => domains[d].evidence === 0),
  };
}
