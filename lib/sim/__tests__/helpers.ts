/** Test helpers: parse-or-throw, run, load presets, and event-log queries. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseScenario, simulate, type Scenario, type SimEvent, type SimResult } from "@/lib/sim";

export const SCENARIO_DIR = join(__dirname, "..", "..", "..", "content", "scenarios");

/** Parses a scenario, failing the test with every error if it is invalid. */
export function parse(input: unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return r.scenario;
}

/** Parses and simulates with the event log. */
export function run(input: unknown, events = true): SimResult & { events: SimEvent[] } {
  const r = simulate(parse(input), { events });
  return { ...r, events: r.events ?? [] };
}

/** Reads content/scenarios/<id>.json. */
export function preset(id: string): unknown {
  return JSON.parse(readFileSync(join(SCENARIO_DIR, `${id}.json`), "utf8"));
}

/** Totals of one function (throws if missing, so tests fail loudly). */
export function fn(r: SimResult, name: string) {
  const f = r.functions[name];
  if (!f) throw new Error(`no function ${name} in result`);
  return f;
}

/** Events of a kind. */
export function kind(r: { events: SimEvent[] }, k: SimEvent["kind"]): SimEvent[] {
  return r.events.filter((e) => e.kind === k);
}

/** A one-function scenario with sensible defaults for tests. */
export function single(
  fnOverrides: Record<string, unknown>,
  traffic: Record<string, unknown>[],
  extra: Record<string, unknown> = {},
) {
  return {
    seed: 7,
    durationMs: 60_000,
    functions: [{ name: "f", initMs: 100, durationMs: 100, ...fnOverrides }],
    traffic: traffic.map((t) => ({ function: "f", ...t })),
    ...extra,
  };
}
