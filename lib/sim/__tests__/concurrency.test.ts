/** Section A concurrency rules: account pool, reserved floor/cap, provisioned, scaling rates. */
import { describe, expect, it } from "vitest";
import { legacyBurstForRegion } from "@/lib/sim";
import { fn, kind, run, single } from "./helpers";

const long = { initMs: 100, durationMs: 60_000, timeoutS: 900 };

describe("account and reserved pools", () => {
  it("unreserved functions share the account limit; excess gets ConcurrentInvocationLimitExceeded", () => {
    const r = run({
      durationMs: 100_000,
      functions: [
        { name: "a", ...long },
        { name: "b", ...long },
      ],
      traffic: [
        { function: "a", type: "sync", burst: 600 },
        { function: "b", type: "sync", burst: 600 },
      ],
    });
    expect(fn(r, "a").succeeded).toBe(600);
    expect(fn(r, "b").succeeded).toBe(400);
    expect(fn(r, "b").throttles).toBe(200);
    expect(
      kind(r, "throttle").every((e) => e.reason === "ConcurrentInvocationLimitExceeded" && e.limit === "account"),
    ).toBe(true);
  });

  it("reserved concurrency is a floor: others cannot use it", () => {
    const r = run({
      durationMs: 100_000,
      functions: [
        { name: "a", reservedConcurrency: 300, ...long },
        { name: "b", ...long },
      ],
      traffic: [
        { function: "b", type: "sync", burst: 1000 },
        { function: "a", type: "sync", burst: 400 },
      ],
    });
    expect(fn(r, "b").succeeded).toBe(700);
    expect(fn(r, "a").succeeded).toBe(300);
    expect(fn(r, "a").throttles).toBe(100);
  });

  it("provisioned concurrency of an unreserved function is set aside from the pool", () => {
    const r = run({
      durationMs: 100_000,
      functions: [
        { name: "a", provisionedConcurrency: 100, ...long },
        { name: "b", ...long },
      ],
      traffic: [{ function: "b", type: "sync", burst: 1000 }],
    });
    expect(fn(r, "b").succeeded).toBe(900);
  });

  it("provisioned environments are ready before traffic: no cold start, PC billed", () => {
    const r = run(single({ provisionedConcurrency: 5, durationMs: 100 }, [{ type: "sync", burst: 5 }]));
    const f = fn(r, "f");
    expect(f.coldStarts).toBe(0);
    expect(f.spillover).toBe(0);
    expect(kind(r, "init")).toHaveLength(0);
    expect(f.cost.provisionedUsd).toBeGreaterThan(0);
  });

  it("account.pcAllocationRate makes provisioned environments ready gradually (UNV)", () => {
    const r = run(
      single(
        { provisionedConcurrency: 10, durationMs: 100 },
        [
          { type: "sync", burst: 10, atMs: 0 },
          { type: "sync", burst: 10, atMs: 5000 },
        ],
        { account: { pcAllocationRate: 60 } },
      ),
    );
    const f = fn(r, "f");
    // At t=0 nothing is ready: 10 spill over cold. At 5 s, 5 are ready; 5 more use warm on-demand environments.
    expect(f.coldStarts).toBe(10);
    expect(f.spillover).toBe(15);
  });
});

describe("warm reuse", () => {
  it("an environment finishing at the same millisecond a request arrives serves it", () => {
    const same = run(
      single({ initMs: 300, durationMs: 1000 }, [
        { type: "sync", burst: 10, atMs: 0 },
        { type: "sync", burst: 10, atMs: 1300 },
      ]),
    );
    expect(fn(same, "f").coldStarts).toBe(10);
    const earlier = run(
      single({ initMs: 300, durationMs: 1000 }, [
        { type: "sync", burst: 10, atMs: 0 },
        { type: "sync", burst: 10, atMs: 1299 },
      ]),
    );
    expect(fn(earlier, "f").coldStarts).toBe(20);
  });
});

describe("scaling rate (current rule: 1,000 environments per 10 s per function)", () => {
  it("serves 1,000 at once, refills continuously and never holds more than 1,000", () => {
    const r = run({
      durationMs: 200_000,
      account: { concurrencyLimit: 10_000 },
      functions: [{ name: "f", ...long }],
      traffic: [
        { function: "f", type: "sync", burst: 3000, atMs: 0 },
        { function: "f", type: "sync", burst: 1000, atMs: 5000 },
        { function: "f", type: "sync", burst: 2000, atMs: 30_000 },
      ],
    });
    const f = fn(r, "f");
    const started = r.series.f!.invocations;
    expect(started[0]).toBe(1000);
    expect(started[5]).toBe(500); // 5 s of refill = 500 tokens
    expect(started[30]).toBe(1000); // 25 s would be 2,500 but the bucket caps at 1,000
    expect(f.throttles).toBe(2000 + 500 + 1000);
    expect(
      kind(r, "throttle").every((e) => e.limit === "scaling" && e.reason === "ConcurrentInvocationLimitExceeded"),
    ).toBe(true);
  });

  it("functions scale independently", () => {
    const r = run({
      durationMs: 100_000,
      account: { concurrencyLimit: 5000 },
      functions: [
        { name: "a", ...long },
        { name: "b", ...long },
      ],
      traffic: [
        { function: "a", type: "sync", burst: 800 },
        { function: "b", type: "sync", burst: 800 },
      ],
    });
    expect(fn(r, "a").succeeded + fn(r, "b").succeeded).toBe(1600);
  });

  it("warm environments need no scaling token", () => {
    const r = run({
      durationMs: 30_000,
      account: { concurrencyLimit: 5000 },
      functions: [{ name: "f", initMs: 10, durationMs: 1000 }],
      traffic: [
        { function: "f", type: "sync", burst: 1000, atMs: 0 },
        { function: "f", type: "sync", burst: 1000, atMs: 2000 },
      ],
    });
    expect(fn(r, "f").throttles).toBe(0);
    expect(fn(r, "f").coldStarts).toBe(1000);
  });
});

describe("legacy burst (account.scaling = legacy)", () => {
  it("burst size depends on the Region", () => {
    expect(legacyBurstForRegion("us-east-1")).toBe(3000);
    expect(legacyBurstForRegion("us-west-2")).toBe(3000);
    expect(legacyBurstForRegion("eu-west-1")).toBe(3000);
    expect(legacyBurstForRegion("ap-northeast-1")).toBe(1000);
    expect(legacyBurstForRegion("eu-central-1")).toBe(1000);
    expect(legacyBurstForRegion("us-east-2")).toBe(1000);
    expect(legacyBurstForRegion("sa-east-1")).toBe(500);
  });

  it.each([
    ["us-east-1", 3000],
    ["eu-central-1", 1000],
    ["ap-south-1", 500],
  ])("in %s a burst of 3,500 gets %i environments, then +500 per minute", (region, burst) => {
    const r = run({
      durationMs: 200_000,
      account: { concurrencyLimit: 10_000, scaling: "legacy", region },
      functions: [{ name: "f", initMs: 100, durationMs: 150_000, timeoutS: 900 }],
      traffic: [
        { function: "f", type: "sync", burst: 3500, atMs: 0 },
        { function: "f", type: "sync", burst: 3500, atMs: 60_000 },
      ],
    });
    expect(r.series.f!.invocations[0]).toBe(burst);
    expect(r.series.f!.invocations[60]).toBe(500);
  });

  it("the burst is account-wide", () => {
    const r = run({
      durationMs: 100_000,
      account: { concurrencyLimit: 10_000, scaling: "legacy", region: "eu-central-1" },
      functions: [
        { name: "a", ...long },
        { name: "b", ...long },
      ],
      traffic: [
        { function: "a", type: "sync", burst: 800 },
        { function: "b", type: "sync", burst: 800 },
      ],
    });
    expect(fn(r, "a").succeeded + fn(r, "b").succeeded).toBe(1000);
  });
});
