/** Sandbox presets: grouping by concept, card links, and a question for every preset a card teaches with. */
import { describe, expect, it } from "vitest";
import { parseScenario, simulate } from "@/lib/sim";
import { engineAnswer, rightChoice } from "@/lib/sim/answer";
import { loadCards } from "./load";
import { findMisconception, loadPreset, presetIds, presetsByConcept } from "./presets";

const cards = loadCards();
const ids = presetIds();

describe("presets", () => {
  it("groups every preset once, under the topic of its card", () => {
    const groups = presetsByConcept();
    const listed = groups.flatMap((g) => g.presets.map((p) => p.id));
    expect(listed.sort()).toEqual(ids);
    const rc = groups.flatMap((g) => g.presets).find((p) => p.id === "reserved-throttle")!;
    expect(rc.concept).toBe("Concurrency and scaling");
    expect(rc.cards.map((c) => c.id)).toContain("reserved-concurrency");
  });

  it("gives every preset that a card links to a question explained by a card misconception", () => {
    const linked = [...new Set(cards.map((c) => c.scenario).filter((s): s is string => Boolean(s)))];
    const missing = linked.filter((id) => !loadPreset(id)?.question);
    expect(missing).toEqual([]);
  });

  it.each(ids.filter((id) => loadPreset(id)?.question))("%s: the engine answers its question unambiguously", (id) => {
    const preset = loadPreset(id)!;
    const q = preset.question!;
    const card = cards.find((c) => c.id === q.card)!;
    // By the pair's stable id: a position silently points elsewhere once a card's pairs are rewritten.
    expect(q.misconception).toBeTypeOf("string");
    expect(findMisconception(card, q.misconception)).toEqual(preset.explanation!.pair);
    const parsed = parseScenario(preset.scenario);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.scenario.predict).toBeUndefined(); // the editor gets the scenario without the question
    const value = engineAnswer(q, simulate(parsed.scenario));
    expect(value).toBeTypeOf("number");
    if (q.type === "choice") {
      const holding = q.choices!.filter((c) => (c.min ?? -Infinity) <= value! && value! <= (c.max ?? Infinity));
      expect(holding).toHaveLength(1);
      expect(rightChoice(q, value!)).toBeGreaterThanOrEqual(0);
    }
  });

  it("refuses ids that are not preset names", () => {
    expect(loadPreset("../package")).toBeNull();
    expect(loadPreset("no-such-preset")).toBeNull();
  });

  it("finds a misconception by pair index now and by pair id once cards have them", () => {
    const card = cards.find((c) => c.id === "reserved-concurrency")!;
    expect(findMisconception(card, 0)).toBe(card.misconceptions[0]);
    const withIds = { ...card, misconceptions: card.misconceptions.map((m, i) => ({ ...m, id: `pair-${i}` })) };
    expect(findMisconception(withIds, "pair-1")).toBe(withIds.misconceptions[1]);
    expect(findMisconception(card, 9)).toBeUndefined();
  });
});
