/** Execution environments: idle expiry, resets, the 10 s Init limit, memory -> CPU. */
import { describe, expect, it } from "vitest";
import { cpuScale, vcpus } from "@/lib/sim/distributions";
import { fn, kind, preset, run, single } from "./helpers";

describe("idle expiry (idleTtlMs, UNV)", () => {
  it("reuses a warm environment within the TTL and cold-starts after it", () => {
    const r = run(
      single(
        { idleTtlMs: 60_000 },
        [
          { type: "sync", burst: 1, atMs: 0 },
          { type: "sync", burst: 1, atMs: 30_000 },
          { type: "sync", burst: 1, atMs: 100_000 },
        ],
        { durationMs: 120_000 },
      ),
    );
    expect(kind(r, "init").map((e) => e.tMs)).toEqual([0, 100_000]);
  });

  it("expires exactly idleTtlMs after the environment went idle", () => {
    const at = (t: number) =>
      run(
        single({ idleTtlMs: 1000, initMs: 100, durationMs: 100 }, [
          { type: "sync", burst: 1, atMs: 0 }, // idle from 200 ms
          { type: "sync", burst: 1, atMs: t },
        ]),
      );
    expect(fn(at(1199), "f").coldStarts).toBe(1);
    expect(fn(at(1200), "f").coldStarts).toBe(2);
  });

  it("the cold-starts preset shows cold starts coming back after idle expiry", () => {
    const r = run(preset("cold-starts"), false);
    const cold = r.series.thumbnail!.coldStarts;
    expect(cold[0]).toBe(20);
    expect(cold[60]).toBe(0);
    expect(cold[300]).toBe(20);
  });
});

describe("resets", () => {
  it("a crash resets the environment; a handled error does not", () => {
    const calls = [0, 1, 2, 3].map((i) => ({ type: "sync", burst: 1, atMs: i * 1000 }));
    expect(fn(run(single({ crashRate: 1 }, calls)), "f").coldStarts).toBe(4);
    const errors = run(single({ errorRate: 1 }, calls));
    expect(fn(errors, "f").coldStarts).toBe(1);
    expect(fn(errors, "f").errors).toBe(4);
  });

  it("a timeout is billed at the timeout and resets the environment", () => {
    const r = run(
      single({ timeoutS: 1, durationMs: 2000, initMs: 50 }, [
        { type: "sync", burst: 1, atMs: 0 },
        { type: "sync", burst: 1, atMs: 5000 },
      ]),
    );
    const ends = kind(r, "end");
    expect(ends.map((e) => [e.status, e.durationMs, e.billedMs])).toEqual([
      ["timeout", 1000, 1050],
      ["timeout", 1000, 1050],
    ]);
    expect(kind(r, "init")).toHaveLength(2);
  });
});

describe("Init limit (10 s)", () => {
  it("an Init over 10 s is retried inside the first invoke, under the function timeout", () => {
    const r = run(single({ initMs: 15_000, durationMs: 1000, timeoutS: 30 }, [{ type: "sync", burst: 1 }]));
    expect(kind(r, "init")[0]).toMatchObject({ tMs: 0, initMs: 10_000, status: "timeout" });
    expect(kind(r, "start")[0]!.tMs).toBe(10_000);
    expect(kind(r, "end")[0]).toMatchObject({ tMs: 26_000, status: "ok", durationMs: 16_000, billedMs: 26_000 });
  });

  it("times out when the retried Init plus the handler exceed the timeout", () => {
    const r = run(
      single({ initMs: 15_000, durationMs: 1000, timeoutS: 15 }, [
        { type: "sync", burst: 1, atMs: 0 },
        { type: "sync", burst: 1, atMs: 40_000 },
      ]),
    );
    const ends = kind(r, "end");
    expect(ends[0]).toMatchObject({ tMs: 25_000, status: "timeout", durationMs: 15_000 });
    expect(kind(r, "init")).toHaveLength(2); // the timeout reset the environment
  });

  it("an Init under the limit is not retried", () => {
    const r = run(single({ initMs: 9_999, durationMs: 1000, timeoutS: 3 }, [{ type: "sync", burst: 1 }]));
    expect(kind(r, "end")[0]).toMatchObject({ tMs: 10_999, status: "ok", durationMs: 1000 });
  });
});

describe("memory -> CPU", () => {
  it("1,769 MB is one vCPU; 6 at most; a single thread cannot use more than one", () => {
    expect(vcpus(1769, 6)).toBe(1);
    expect(vcpus(10240, 6)).toBeCloseTo(5.79, 2);
    expect(vcpus(3538, 1)).toBe(1);
    expect(cpuScale(1769, 128, 1, 1)).toBeCloseTo(128 / 1769, 12);
    expect(cpuScale(3538, 1769, 1, 1)).toBe(1);
    expect(cpuScale(3538, 1769, 1, 2)).toBe(0.5);
    expect(cpuScale(512, 512, 0.5, 1)).toBe(1);
    expect(cpuScale(256, 128, 0.5, 1)).toBe(0.75);
  });

  it("raising memory shortens CPU-bound work; duration is measured at referenceMemoryMb", () => {
    const r = run(preset("memory-tuning"), false);
    const expected = 4000 * (0.02 + (0.98 * 128) / 1769);
    expect(fn(r, "resize-128").latencyP50Ms).toBe(4000);
    expect(fn(r, "resize-1769").latencyP50Ms).toBeCloseTo(expected, 2);
    expect(fn(r, "resize-3538").latencyP50Ms).toBeCloseTo(expected, 2);
    // Same time at twice the memory: twice the duration cost.
    const c1 = fn(r, "resize-1769").cost.durationUsd,
      c2 = fn(r, "resize-3538").cost.durationUsd;
    expect(c2 / c1).toBeCloseTo(2, 1);
  });
});
