/** Every preset in content/scenarios parses, has learner text, simulates and is deterministic. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenario, simulate } from "@/lib/sim";
import { SCENARIO_DIR } from "./helpers";

const files = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();

const REQUIRED = [
  "reserved-throttle",
  "reserved-rps",
  "timeout",
  "async-retries-dlq",
  "async-no-retries",
  "provisioned-spillover",
  "sqs-poison-message",
  "sqs-partial-batch",
  "billing-init",
  "concurrency-basics",
  "scaling-rate",
  "legacy-burst",
  "cold-starts",
  "memory-tuning",
  "kinesis-shard-blocking",
  "kinesis-bisect",
  "async-throttled",
  "reserved-zero",
];

describe("content/scenarios", () => {
  it("contains every required preset", () => {
    const ids = files.map((f) => f.replace(/\.json$/, ""));
    for (const id of REQUIRED) expect(ids).toContain(id);
  });

  it.each(files)("%s is valid, titled, and simulates deterministically", (file) => {
    const raw = JSON.parse(readFileSync(join(SCENARIO_DIR, file), "utf8")) as unknown;
    const parsed = parseScenario(raw);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
    const s = parsed.scenario;
    expect(s.title?.length).toBeGreaterThan(5);
    expect(s.description?.length).toBeGreaterThan(40);
    const a = simulate(s, { events: true });
    expect(Object.keys(a.functions)).toEqual(s.functions.map((f) => f.name));
    const requests = Object.values(a.functions).reduce((n, f) => n + f.requests, 0);
    expect(requests).toBeGreaterThan(0);
    expect(JSON.stringify(simulate(s, { events: true }))).toBe(JSON.stringify(a));
  });
});
