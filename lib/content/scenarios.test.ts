import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenario } from "@/lib/sim";
import { loadCards, SCENARIOS_DIR } from "./load";
import type { Card } from "./parse";
import { firstScenarioSettings, impossibleScenarioSettings, settingsIn } from "./scenario-claims";

/** Every preset and every card scenario with numbers must be a setup AWS would accept. */
const presets = fs
  .readdirSync(SCENARIOS_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({ id: f.replace(/\.json$/, ""), json: JSON.parse(fs.readFileSync(path.join(SCENARIOS_DIR, f), "utf8")) as unknown }));
const cards = loadCards();

type PresetFunction = { reservedConcurrency?: number | null; provisionedConcurrency?: number };

describe("preset scenarios", () => {
  it.each(presets.map((p) => [p.id, p.json]))("%s passes parseScenario and its cross-field rules", (_id, json) => {
    const parsed = parseScenario(json);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it("parseScenario rejects provisioned above reserved concurrency, and reservations that leave fewer than 100 unreserved, by path", () => {
    const pcAboveRc = parseScenario({ functions: [{ name: "checkout", reservedConcurrency: 20, provisionedConcurrency: 30 }] });
    expect(pcAboveRc.ok ? [] : pcAboveRc.errors).toEqual([
      { path: "functions[0].provisionedConcurrency", message: "must be <= reservedConcurrency (20)" },
    ]);
    const floor = parseScenario({
      functions: [
        { name: "a", reservedConcurrency: 500 },
        { name: "b", reservedConcurrency: 450 },
      ],
    });
    expect(floor.ok ? [] : floor.errors.map((e) => e.path)).toEqual(["functions[1].reservedConcurrency"]);
  });
});

/** A card whose scenario section is the given text (and which names the given preset). */
const withScenario = (text: string, scenario?: string): Card => ({ ...cards[0]!, scenario, body: `## Scenario\n\n${text}\n\n## On the exam\n\n- x` });

describe("card scenarios", () => {
  it.each(cards.map((c) => [c.id, c]))("%s describes only settings AWS would accept", (_id, card) => {
    expect(impossibleScenarioSettings(card)).toEqual([]);
  });

  it("catches the provisioned concurrency raised above the reservation, and an over-reserved account", () => {
    const pcAboveRc = withScenario(
      "The team sets provisioned concurrency of 10 with reserved concurrency 20. Later a scheduled action raises provisioned concurrency to 30 for the launch.",
    );
    expect(impossibleScenarioSettings(pcAboveRc)).toEqual([
      expect.stringContaining("functions[0].provisionedConcurrency: must be <= reservedConcurrency (20)"),
    ]);
    const fixed = withScenario(
      "The team sets provisioned concurrency of 10 with reserved concurrency 20. Later they raise reserved concurrency to 60 and provisioned concurrency to 30.",
    );
    expect(impossibleScenarioSettings(fixed)).toEqual([]);
    expect(impossibleScenarioSettings(withScenario("With the default 1,000 quota the team reserves 950 for the importer."))).toEqual([
      expect.stringContaining("UnreservedConcurrentExecution below its minimum value of [100]"),
    ]);
    expect(impossibleScenarioSettings(withScenario("It runs with 12,288 MB of memory."))).toHaveLength(1);
  });

  it("reads the settings a sentence states, and leaves other numbers alone", () => {
    expect(settingsIn("A checkout alias has PC 10 and the function has reserved concurrency 20.")).toEqual({
      provisionedConcurrency: 10,
      reservedConcurrency: 20,
    });
    expect(settingsIn("The team raises the Regional quota to 6,000 and sets a 60 s visibility timeout.")).toEqual({ concurrencyLimit: 6000 });
    expect(settingsIn("A burst of 150 calls of 1 s each.")).toEqual({});
  });

  it("state the same concurrency settings as the preset they name", () => {
    const mismatched: string[] = [];
    for (const card of cards.filter((c) => c.scenario)) {
      const preset = presets.find((p) => p.id === card.scenario)!;
      const fns = (preset.json as { functions: PresetFunction[] }).functions;
      const first = firstScenarioSettings(card);
      if (first.reservedConcurrency !== undefined && !fns.some((f) => f.reservedConcurrency === first.reservedConcurrency)) {
        mismatched.push(`${card.id}: reserved concurrency ${first.reservedConcurrency}, ${card.scenario} has none such`);
      }
      if (first.provisionedConcurrency !== undefined && !fns.some((f) => (f.provisionedConcurrency ?? 0) === first.provisionedConcurrency)) {
        mismatched.push(`${card.id}: provisioned concurrency ${first.provisionedConcurrency}, ${card.scenario} has none such`);
      }
    }
    expect(mismatched).toEqual([]);
  });
});
