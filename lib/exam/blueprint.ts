import { DOMAINS, type Domain } from "@/lib/content/schema";

/** How an attempt is put together and scored. Stored with each attempt, so later changes never rescore old ones. */
export type Blueprint = {
  /** Questions in the attempt, scored and unscored together. */
  count: number;
  /** Of those, how many are unscored (the real exam's pretest items; the learner cannot tell which). */
  unscored: number;
  /** Time allowed; null for an untimed attempt. */
  minutes: number | null;
  /** Share of questions per domain (fractions summing to 1). */
  weights: Record<Domain, number>;
  /** The scaled score needed to pass (100–1000). */
  passMark: number;
  /** The fraction of scored questions that maps to the pass mark (see scaledScore). */
  cutScore: number;
  /** "end": no feedback until submitted (timed mock); "each": answer and explanation after each question. */
  feedback: "end" | "each";
};

/** The SAP-C02 exam guide's weights: D1 26 %, D2 29 %, D3 25 %, D4 20 %. */
export const SAP_C02_WEIGHTS: Record<Domain, number> = { D1: 0.26, D2: 0.29, D3: 0.25, D4: 0.2 };

/**
 * The real exam: 75 questions (65 scored, 10 unscored), 180 minutes, pass at 750. AWS does not
 * publish the raw score that maps to 750; 72 % is our assumption (see docs/exams.md).
 */
export const SAP_C02: Blueprint = {
  count: 75,
  unscored: 10,
  minutes: 180,
  weights: SAP_C02_WEIGHTS,
  passMark: 750,
  cutScore: 0.72,
  feedback: "end",
};

/** A timed mock of `count` questions with the time and unscored share of the full exam scaled down. */
export function timedBlueprint(count: number = SAP_C02.count, base: Blueprint = SAP_C02): Blueprint {
  const ratio = count / base.count;
  return {
    ...base,
    count,
    unscored: Math.round(base.unscored * ratio),
    minutes: base.minutes === null ? null : Math.max(1, Math.round(base.minutes * ratio)),
    feedback: "end",
  };
}

/** An untimed attempt with feedback after each question, all questions scored; `domain` puts every question in one domain. */
export function studyBlueprint(count: number, domain?: Domain, base: Blueprint = SAP_C02): Blueprint {
  const weights = domain
    ? (Object.fromEntries(DOMAINS.map((d) => [d, d === domain ? 1 : 0])) as Record<Domain, number>)
    : base.weights;
  return { ...base, count, unscored: 0, minutes: null, weights, feedback: "each" };
}
