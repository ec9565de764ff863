/**
 * Sandbox presets (content/scenarios/*.json) with the cards that link to them, grouped by the
 * concept (card topic) they teach, and each preset's "predict, then run" question resolved to
 * the card misconception that explains it.
 */
import fs from "node:fs";
import path from "node:path";
import { parseScenario, type ScenarioInput } from "@/lib/sim";
import type { Prediction } from "@/lib/sim/prediction";
import { loadCards, SCENARIOS_DIR } from "./load";
import type { Card } from "./parse";
import type { Misconception } from "./schema";

export type CardLink = { id: string; title: string };
export type PresetSummary = {
  id: string;
  title: string;
  description: string;
  concept: string;
  cards: CardLink[];
  hasQuestion: boolean;
};
export type Explanation = { card: CardLink; pair: Misconception };
export type Preset = PresetSummary & {
  /** The scenario as the editor shows it (the question is kept apart). */
  scenario: ScenarioInput;
  question: Prediction | null;
  explanation: Explanation | null;
};

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const OTHER = "More scenarios";

/**
 * The misconception a question points at: a pair index today; a pair id once cards give their
 * pairs stable ids (the only place to change when that lands).
 */
export function findMisconception(card: Card, ref: number | string): Misconception | undefined {
  if (typeof ref === "number") return card.misconceptions[ref];
  return card.misconceptions.find((m) => (m as Misconception & { id?: string }).id === ref);
}

function readPreset(id: string, dir: string, cards: Card[]): Preset {
  const raw = JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), "utf8")) as unknown;
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(`content/scenarios/${id}.json: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`);
  const { predict: _question, ...scenario } = raw as ScenarioInput;
  const question = parsed.scenario.predict ?? null;
  const linking = cards.filter((c) => c.scenario === id);
  const qCard = question ? cards.find((c) => c.id === question.card) : undefined;
  const pair = qCard && question ? findMisconception(qCard, question.misconception) : undefined;
  const primary = qCard ?? linking[0];
  const links = [...(qCard ? [qCard] : []), ...linking.filter((c) => c !== qCard)];
  return {
    id,
    title: parsed.scenario.title ?? id,
    description: parsed.scenario.description ?? "",
    concept: primary?.topic ?? OTHER,
    cards: links.map((c) => ({ id: c.id, title: c.title })),
    hasQuestion: question !== null && pair !== undefined,
    scenario,
    question: pair ? question : null,
    explanation: qCard && pair ? { card: { id: qCard.id, title: qCard.title }, pair } : null,
  };
}

/** Every preset id, sorted. */
export function presetIds(dir: string = SCENARIOS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""))
    .filter((id) => ID.test(id))
    .sort();
}

/** One preset with its question and explanation, or null for an unknown or malformed id. */
export function loadPreset(id: string, dir: string = SCENARIOS_DIR, cards: Card[] = loadCards()): Preset | null {
  if (!ID.test(id) || !fs.existsSync(path.join(dir, `${id}.json`))) return null;
  return readPreset(id, dir, cards);
}

/** Presets grouped by concept (card topic, in card order), "More scenarios" last. */
export function presetsByConcept(dir: string = SCENARIOS_DIR, cards: Card[] = loadCards()) {
  const all = presetIds(dir).map((id) => readPreset(id, dir, cards));
  const topics = [...new Set(cards.map((c) => c.topic)), OTHER];
  return topics
    .map((concept) => ({
      concept,
      presets: all
        .filter((p) => p.concept === concept)
        .map(({ id, title, description, concept: c, cards: links, hasQuestion }) => ({
          id,
          title,
          description,
          concept: c,
          cards: links,
          hasQuestion,
        })),
    }))
    .filter((g) => g.presets.length > 0);
}
