/** Traffic conventions and seeded randomness: even/Poisson arrivals, errorRate, concurrency estimate. */
import { describe, expect, it } from "vitest";
import { fn, preset, run, single } from "./helpers";

describe("arrivals", () => {
  it("rps arrivals are evenly spaced from fromMs while < toMs", () => {
    const r = run(single({}, [{ type: "sync", rps: 4, fromMs: 1000, toMs: 3000 }]));
    const first = new Map<string, number>();
    for (const e of r.events) if (!first.has(e.requestId)) first.set(e.requestId, e.tMs);
    const arrivals = [...first.values()];
    expect(arrivals).toEqual([1000, 1250, 1500, 1750, 2000, 2250, 2500, 2750]);
  });

  it("poisson arrivals average the rate and are seeded", () => {
    const input = single({ durationMs: 10 }, [{ type: "sync", rps: 200, arrival: "poisson", fromMs: 0, toMs: 50_000 }]);
    const a = fn(run(input, false), "f").requests;
    expect(a).toBeGreaterThan(9500);
    expect(a).toBeLessThan(10_500);
    expect(fn(run(input, false), "f").requests).toBe(a);
    expect(fn(run({ ...input, seed: 99 }, false), "f").requests).not.toBe(a);
  });

  it("nothing starts at or after durationMs", () => {
    const r = run(single({}, [{ type: "sync", rps: 10, fromMs: 0, toMs: 100_000 }], { durationMs: 5000 }), false);
    expect(fn(r, "f").requests).toBe(50);
    expect(r.series.f!.invocations).toHaveLength(5);
  });
});

describe("seeded errors", () => {
  it("errorRate is applied from the seeded PRNG", () => {
    const input = single({ errorRate: 0.3, durationMs: 10 }, [{ type: "sync", rps: 100, fromMs: 0, toMs: 50_000 }]);
    const a = fn(run(input, false), "f");
    expect(a.errors / a.invocations).toBeGreaterThan(0.27);
    expect(a.errors / a.invocations).toBeLessThan(0.33);
    expect(fn(run(input, false), "f").errors).toBe(a.errors);
    expect(fn(run({ ...input, seed: 123 }, false), "f").errors).not.toBe(a.errors);
  });
});

describe("concurrency estimate", () => {
  it("RPS × duration: 100 rps × 0.5 s ≈ 50 environments", () => {
    const r = run(preset("concurrency-basics"), false);
    const steady = r.series.api!.concurrency.slice(5, 59);
    expect(Math.min(...steady)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...steady)).toBeLessThanOrEqual(51);
  });

  it("with provisioned = reserved nothing spills over: excess calls are throttled", () => {
    const r = run(
      single({ reservedConcurrency: 5, provisionedConcurrency: 5, durationMs: 1000 }, [{ type: "sync", burst: 8 }]),
    );
    const f = fn(r, "f");
    expect(f.succeeded).toBe(5);
    expect(f.spillover).toBe(0);
    expect(f.throttles).toBe(3);
  });
});
