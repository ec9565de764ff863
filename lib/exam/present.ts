import { DOMAIN_NAMES, type Domain } from "@/lib/content/schema";
import { Prng, shuffled } from "@/lib/random/prng";

/**
 * The order an attempt shows a question's options in: shuffled once per attempt and position
 * (so "the answer is usually B" teaches nothing), and the same on every reload and device.
 */
export function optionOrder<T>(options: readonly T[], seed: number, position: number): T[] {
  return shuffled(options, new Prng(seed, 1000 + position));
}

export type ExamModeName = "TIMED" | "PRACTICE" | "SECTION" | "MISSED";
export type AttemptScope = { domain?: Domain; topic?: string };

/** "Timed mock", "Section: D2 Design for New Solutions", … */
export function attemptTitle(mode: ExamModeName, scope: AttemptScope): string {
  switch (mode) {
    case "TIMED":
      return "Timed mock";
    case "PRACTICE":
      return "Practice";
    case "MISSED":
      return "Missed questions";
    case "SECTION":
      return scope.domain
        ? `Section: ${scope.domain} ${DOMAIN_NAMES[scope.domain]}`
        : `Section: ${scope.topic ?? "topic"}`;
  }
}

const WORDS = ["", "one", "two", "three", "four", "five", "six"];
/** "Select TWO" as the exam writes it, for a question with `n` correct options. */
export const selectLabel = (n: number) => (n <= 1 ? "Select one" : `Select ${(WORDS[n] ?? String(n)).toUpperCase()}`);
