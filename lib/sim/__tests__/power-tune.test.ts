/** Power tuning across memory sizes, and the compare view's rows. */
import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { compareRuns } from "@/lib/sim/compare";
import { atMemory, POWER_SIZES, powerBest, powerPoint, vcpusFor } from "@/lib/sim/power-tune";
import { parse, preset, single } from "./helpers";

describe("power tuning", () => {
  const s = parse(preset("memory-tuning"));
  const points = POWER_SIZES.map((m) => powerPoint(simulate(atMemory(s, "resize-128", m)), "resize-128", m));

  it("covers 128 MB to 10,240 MB and shows the memory to vCPU rule", () => {
    expect(POWER_SIZES[0]).toBe(128);
    expect(POWER_SIZES.at(-1)).toBe(10240);
    expect(vcpusFor(1769)).toBe(1);
    // The engine's CPU share is proportional (docs/simulator.md): 10,240 MB is just under the 6-vCPU cap.
    expect(vcpusFor(10240)).toBeCloseTo(5.79, 2);
    expect(vcpusFor(20000)).toBe(6);
    expect(vcpusFor(3538)).toBe(2);
  });

  it("a single-threaded CPU-bound handler gets faster up to 1,769 MB, then only dearer", () => {
    const at = (m: number) => points.find((p) => p.memoryMb === m)!;
    expect(at(1769).durationMs).toBeLessThan(at(128).durationMs / 8);
    expect(at(10240).durationMs).toBe(at(1769).durationMs);
    expect(at(10240).costUsd).toBeGreaterThan(at(1769).costUsd * 5);
    const { cheapest, fastest } = powerBest(points);
    expect(points[fastest]!.memoryMb).toBe(1769); // the smallest of the equally fast sizes
    expect(points[cheapest]!.memoryMb).toBeLessThan(1769);
  });

  it("keeps durations as measured at the configured memory when the scenario does not say", () => {
    const plain = parse(single({ memoryMb: 512, durationMs: 1000, cpuBoundShare: 1 }, [{ type: "sync", burst: 1 }]));
    const twice = atMemory(plain, "f", 1024);
    expect(twice.functions[0]).toMatchObject({ memoryMb: 1024, referenceMemoryMb: 512 });
    const p = powerPoint(simulate(twice), "f", 1024);
    expect(p.durationMs).toBe(600); // Init 100 + 1000 ms × 512/1024
  });
});

describe("compare", () => {
  it("puts reserved concurrency 40 beside 100 on the same traffic and says which is better", () => {
    const a = parse(preset("reserved-rps"));
    const b = { ...a, functions: a.functions.map((f) => ({ ...f, reservedConcurrency: 100 })) };
    const rows = compareRuns(simulate(a), simulate(b), "api");
    const row = (l: string) => rows.find((r) => r.label === l)!;
    expect(row("Requests")).toMatchObject({ a: 12000, b: 12000, differs: false, better: null });
    expect(row("Throttles (429)").a).toBeGreaterThan(2000);
    expect(row("Throttles (429)")).toMatchObject({ b: 0, better: "b" });
    expect(row("Succeeded requests").better).toBe("b");
    // Serving the requests that A throttled takes more environments: a difference, not a worse B.
    expect(row("Peak concurrency")).toMatchObject({ a: 40, differs: true, better: null });
    expect(row("Peak concurrency").b).toBeGreaterThan(40);
  });
});
