/**
 * A preset's description states outcomes in numbers; the card that links it repeats them. This checks
 * that the simulator really produces those numbers, so the text cannot drift from what the sandbox shows.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenario, simulate } from "@/lib/sim";
import { SCENARIOS_DIR } from "./load";

type Claim = { preset: string; fn: string; ok: number; throttled: number; coldStarts: number; words: RegExp[] };

const CLAIMS: Claim[] = [
  // content/cards/efs-for-lambda.mdx: "a burst of 80 requests runs 50 environments and throttles 30 with 429"
  { preset: "efs-connection-cap", fn: "inference", ok: 50, throttled: 30, coldStarts: 50, words: [/50 run/, /30 get 429/] },
];

describe("preset descriptions match the simulation", () => {
  it.each(CLAIMS)("$preset", ({ preset, fn, ok, throttled, coldStarts, words }) => {
    const json = JSON.parse(fs.readFileSync(path.join(SCENARIOS_DIR, `${preset}.json`), "utf8")) as { description: string };
    for (const w of words) expect(json.description).toMatch(w);
    const parsed = parseScenario(json);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
    const result = simulate(parsed.scenario).functions[fn];
    expect(result?.outcomes).toMatchObject({ ok, throttled });
    expect(result?.coldStarts).toBe(coldStarts);
  });
});
