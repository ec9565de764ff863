import { parseScenario } from "@/lib/sim";
import { accuracyUnits, sentencesOf } from "./accuracy-rules";
import type { Card } from "./parse";

/** The settings a card's scenario prose can state that the simulator also validates. */
export type ScenarioSettings = {
  reservedConcurrency?: number;
  provisionedConcurrency?: number;
  concurrencyLimit?: number;
  memoryMb?: number;
  timeoutS?: number;
};

const N = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;
const num = (s: string) => Number(s.replace(/,/g, ""));

/** Phrases that set a value, per setting. The first match in a sentence wins for that setting. */
const PATTERNS: Record<keyof ScenarioSettings, RegExp[]> = {
  reservedConcurrency: [
    new RegExp(String.raw`reserved concurrency (?:of |to |is |at |back to )?${N}\b`, "i"),
    new RegExp(String.raw`\breserv(?:es|e|ed|ing) (?:a concurrency of )?${N}\b`, "i"),
    new RegExp(String.raw`\breservation (?:of |to )${N}\b`, "i"),
  ],
  provisionedConcurrency: [
    new RegExp(String.raw`provisioned concurrency (?:of |to |is |at )?${N}\b`, "i"),
    new RegExp(String.raw`\bPC (?:of |to |is |at )?${N}\b`),
  ],
  concurrencyLimit: [new RegExp(String.raw`\bquota (?:to|of) ${N}\b`, "i")],
  memoryMb: [new RegExp(String.raw`\b${N} ?MB of memory\b`, "i"), new RegExp(String.raw`\bmemory (?:of |to |at )${N} ?MB\b`, "i")],
  timeoutS: [new RegExp(String.raw`(?<!visibility |integration |client )\btimeout (?:of |to |is )?${N} ?(?:s|seconds)\b`, "i")],
};

/** The settings one sentence states, if any. */
export function settingsIn(sentence: string): ScenarioSettings {
  const found: ScenarioSettings = {};
  for (const [key, patterns] of Object.entries(PATTERNS) as [keyof ScenarioSettings, RegExp[]][]) {
    for (const p of patterns) {
      const m = p.exec(sentence);
      if (m?.[1]) {
        found[key] = num(m[1]);
        break;
      }
    }
  }
  return found;
}

/** The "## Scenario" section of a card body, as sentences. */
export function scenarioSentences(card: Card): string[] {
  const section = /^## Scenario\n([\s\S]*?)(?=^## |$(?![\s\S]))/m.exec(card.body)?.[1] ?? "";
  return accuracyUnits({ ...card, summary: "", misconceptions: [], body: section }).flatMap(sentencesOf).filter(Boolean);
}

/**
 * Walks a card's scenario sentence by sentence, accumulating the settings it states, and checks each
 * state with the simulator's own validation (PC ≤ RC, 100 unreserved, 128–10,240 MB, 1–900 s …).
 * Returns the problems, each with the sentence that made the setup impossible.
 */
export function impossibleScenarioSettings(card: Card): string[] {
  const state: ScenarioSettings = {};
  const problems: string[] = [];
  for (const sentence of scenarioSentences(card)) {
    const stated = settingsIn(sentence);
    if (Object.keys(stated).length === 0) continue;
    Object.assign(state, stated);
    const { concurrencyLimit, ...fn } = state;
    const parsed = parseScenario({
      ...(concurrencyLimit === undefined ? {} : { account: { concurrencyLimit } }),
      functions: [{ name: "f", ...fn }],
    });
    if (!parsed.ok) problems.push(`"${sentence}": ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`);
  }
  return problems;
}

/** The first value the card's scenario states for each setting (what the linked preset should show). */
export function firstScenarioSettings(card: Card): ScenarioSettings {
  const first: ScenarioSettings = {};
  for (const sentence of scenarioSentences(card)) {
    for (const [key, value] of Object.entries(settingsIn(sentence)) as [keyof ScenarioSettings, number][]) {
      if (first[key] === undefined) first[key] = value;
    }
  }
  return first;
}
