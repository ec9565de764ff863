/**
 * Benchmark of the Lambda simulator: 1,000,000 synchronous invocations (10,000 rps for 100 s,
 * 50 ms each). Times simulate() after a warm-up run, then the whole CLI process on the same
 * scenario written to a temp file. Targets: engine < 1 s, CLI < 3 s.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseScenario, simulate, type ScenarioInput } from "../lib/sim";

const input: ScenarioInput = {
  title: "bench: 1M synchronous invocations",
  seed: 1,
  durationMs: 100_000,
  account: { concurrencyLimit: 1000 },
  functions: [{ name: "bench", memoryMb: 128, durationMs: 50, initMs: 20 }],
  traffic: [{ function: "bench", type: "sync", rps: 10_000, fromMs: 0, toMs: 100_000 }],
};

const parsed = parseScenario(input);
if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
const scenario = parsed.scenario;

simulate(scenario); // warm-up (JIT)
const runs = 3;
let best = Infinity;
let invocations = 0;
let requests = 0;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const r = simulate(scenario);
  const ms = performance.now() - t0;
  best = Math.min(best, ms);
  invocations = r.functions.bench?.invocations ?? 0;
  requests = r.functions.bench?.requests ?? 0;
}
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
console.log(
  `engine: ${fmt(requests)} requests, ${fmt(invocations)} invocations in ${best.toFixed(0)} ms (best of ${runs}) = ${fmt(invocations / (best / 1000))} invocations/s`,
);

const dir = mkdtempSync(join(tmpdir(), "bench-sim-"));
try {
  const file = join(dir, "bench.json");
  writeFileSync(file, JSON.stringify(input));
  const t0 = performance.now();
  const cli = spawnSync("npx", ["tsx", "scripts/sim.ts", file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const wall = performance.now() - t0;
  if (cli.status !== 0) throw new Error(`CLI failed (${cli.status}): ${cli.stderr}`);
  const out = JSON.parse(cli.stdout) as { functions: Record<string, { invocations: number }> };
  console.log(
    `cli:    ${fmt(out.functions.bench?.invocations ?? 0)} invocations, whole process ${wall.toFixed(0)} ms (npx tsx scripts/sim.ts)`,
  );
  const ok = best < 1000 && wall < 3000;
  console.log(ok ? "targets met (engine < 1 s, CLI < 3 s)" : "TARGETS MISSED (engine < 1 s, CLI < 3 s)");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
