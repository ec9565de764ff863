/** Building blocks: heap order, PRNG, distributions, percentiles, billing helpers. */
import { describe, expect, it } from "vitest";
import { compileDistribution, normalQuantile, sample } from "@/lib/sim/distributions";
import { EventHeap } from "@/lib/sim/heap";
import { percentiles } from "@/lib/sim/output";
import { pickMask, Prng, requestIdFor } from "@/lib/sim/prng";
import { durationCost, provisionedCost, requestCost, roundUsd } from "@/lib/sim/billing";

describe("EventHeap", () => {
  it("pops by time, then class, then insertion order", () => {
    const h = new EventHeap(2);
    const rng = new Prng(3);
    const pushed: [number, number, number][] = [];
    for (let i = 0; i < 2000; i++) {
      const t = Math.floor(rng.next() * 50);
      const cls = rng.int(2);
      h.push(t, cls, cls, i);
      pushed.push([t, cls, i]);
    }
    pushed.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    const popped: number[] = [];
    while (h.pop()) popped.push(h.popId);
    expect(popped).toEqual(pushed.map((p) => p[2]));
    expect(h.peekTime()).toBe(Infinity);
  });
});

describe("Prng", () => {
  it("is seeded and repeatable, in [0, 1)", () => {
    const a = new Prng(42),
      b = new Prng(42),
      c = new Prng(43);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(xs).not.toEqual(Array.from({ length: 1000 }, () => c.next()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });

  it("pickMask picks exactly round(rate × n) distinct indices plus extras", () => {
    const m = pickMask(1000, 0.123, new Prng(1), [5]);
    const count = m.reduce((s, x) => s + x, 0);
    expect(count === 123 || count === 124).toBe(true);
    expect(m[5]).toBe(1);
    expect(pickMask(10, 0.1, new Prng(9)).reduce((s, x) => s + x, 0)).toBe(1);
  });

  it("request ids look like UUIDs and are stable", () => {
    expect(requestIdFor(1, 0)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(requestIdFor(1, 0)).toBe(requestIdFor(1, 0));
    expect(requestIdFor(1, 0)).not.toBe(requestIdFor(1, 1));
  });
});

describe("distributions", () => {
  it("a number is exact; uniform stays in range", () => {
    const rng = new Prng(5);
    expect(sample(compileDistribution(250), rng)).toBe(250);
    const u = compileDistribution({ dist: "uniform", min: 50, max: 150 });
    const xs = Array.from({ length: 5000 }, () => sample(u, rng));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...xs)).toBeLessThan(150);
  });

  it("lognormal {p50, p99} reproduces its percentiles", () => {
    const rng = new Prng(11);
    const d = compileDistribution({ dist: "lognormal", p50: 120, p99: 900 });
    const xs = Float64Array.from({ length: 100_000 }, () => sample(d, rng)).sort();
    expect(xs[50_000]!).toBeGreaterThan(115);
    expect(xs[50_000]!).toBeLessThan(125);
    expect(xs[99_000]!).toBeGreaterThan(850);
    expect(xs[99_000]!).toBeLessThan(950);
  });

  it("normalQuantile matches known values", () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 8);
    expect(normalQuantile(0.99)).toBeCloseTo(2.326348, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
  });
});

describe("percentiles", () => {
  it("nearest rank", () => {
    const v = Float64Array.from([5, 1, 4, 2, 3, 10, 9, 8, 7, 6]);
    expect(percentiles(v, 10, [0.5, 0.99, 1])).toEqual([5, 10, 10]);
    expect(percentiles(new Float64Array(4), 0, [0.5])).toEqual([0]);
  });
});

describe("billing helpers", () => {
  it("uses us-east-1 list prices", () => {
    expect(requestCost(1_000_000)).toBeCloseTo(0.2, 12);
    expect(durationCost(1000, 1024, "x86_64")).toBeCloseTo(0.0000166667, 12);
    expect(durationCost(1000, 1024, "arm64")).toBeCloseTo(0.0000133334, 12);
  });

  it("provisioned concurrency is billed while enabled, rounded up to 5 minutes", () => {
    expect(provisionedCost(1, 1024, 1, "x86_64")).toBeCloseTo(300 * 0.0000041667, 12);
    expect(provisionedCost(2, 1024, 300_001, "x86_64")).toBeCloseTo(2 * 600 * 0.0000041667, 12);
    expect(provisionedCost(0, 1024, 300_000, "x86_64")).toBe(0);
  });

  it("rounds dollars to 1e-10", () => {
    expect(roundUsd(0.1 + 0.2)).toBe(0.3);
  });
});
