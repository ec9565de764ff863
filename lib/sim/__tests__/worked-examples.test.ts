/** Section B of lambda-semantics.md: each worked example, on its preset, with the exact figures. */
import { describe, expect, it } from "vitest";
import { billedDurationMs, monthlyEstimate } from "@/lib/sim";
import { fn, kind, preset, run } from "./helpers";

describe("B1 reserved concurrency 100, 150 simultaneous cold calls", () => {
  const r = run(preset("reserved-throttle"));
  const f = fn(r, "checkout");

  it("100 succeed, each with its own Init", () => {
    expect(f.succeeded).toBe(100);
    expect(f.coldStarts).toBe(100);
    const inits = kind(r, "init");
    expect(inits).toHaveLength(100);
    expect(new Set(inits.map((e) => e.envId)).size).toBe(100);
  });

  it("50 get 429 ReservedFunctionConcurrentInvocationLimitExceeded and none is retried", () => {
    expect(f.throttles).toBe(50);
    const thr = kind(r, "throttle");
    expect(thr).toHaveLength(50);
    for (const e of thr) {
      expect(e.status).toBe("429");
      expect(e.reason).toBe("ReservedFunctionConcurrentInvocationLimitExceeded");
    }
    expect(f.retries).toBe(0);
    expect(kind(r, "retry")).toHaveLength(0);
    expect(f.invocations).toBe(100);
    expect(f.requests).toBe(150);
  });
});

describe("B2 200 rps of 250 ms with reserved concurrency 40", () => {
  it("needs about 50 environments without the cap", () => {
    const input = preset("reserved-rps") as { functions: { reservedConcurrency: number | null }[] };
    input.functions[0]!.reservedConcurrency = null;
    const r = run(input, false);
    const conc = r.series.api!.concurrency;
    // Steady state (after the cold-start second): 200 × 0.25 s = 50.
    expect(conc.slice(5, 55).every((c) => c === 50 || c === 51)).toBe(true);
  });

  it("serves about 160 requests/s and throttles about 40 requests/s", () => {
    const r = run(preset("reserved-rps"), false);
    const f = fn(r, "api");
    const seconds = 60;
    expect(f.succeeded / seconds).toBeGreaterThan(158);
    expect(f.succeeded / seconds).toBeLessThan(162);
    expect(f.throttles / seconds).toBeGreaterThan(38);
    expect(f.throttles / seconds).toBeLessThan(42);
    expect(f.peakConcurrency).toBe(40);
    // After warm-up every second serves 160 and throttles 40.
    expect(r.series.api!.invocations.slice(2, 59).every((n) => n === 160)).toBe(true);
    expect(r.series.api!.throttles.slice(2, 59).every((n) => n === 40)).toBe(true);
  });
});

describe("B3 timeout 3 s, work 5 s", () => {
  const r = run(preset("timeout"));
  const f = fn(r, "report");
  const ends = kind(r, "end");

  it("errors at 3.0 s, billed 3,000 ms, not retried", () => {
    expect(ends[0]).toMatchObject({ tMs: 3000, status: "timeout", durationMs: 3000, billedMs: 3000 });
    expect(f.timeouts).toBe(2);
    expect(f.invocations).toBe(2);
    expect(f.retries).toBe(0);
    expect(kind(r, "retry")).toHaveLength(0);
  });

  it("re-initialises the same environment on its next call", () => {
    const inits = kind(r, "init");
    expect(inits).toHaveLength(2);
    expect(inits[1]!.tMs).toBe(10_000);
    expect(inits[1]!.envId).toBe(inits[0]!.envId);
    expect(f.coldStarts).toBe(2);
  });
});

describe("B4 async event, function always fails", () => {
  it("retries 2: 202 at t=0, attempts at about 0, 1 and 3 minutes, then DLQ and on-failure", () => {
    const r = run(preset("async-retries-dlq"));
    const f = fn(r, "notify");
    expect(kind(r, "accepted")).toEqual([expect.objectContaining({ tMs: 0, status: "202" })]);
    const attempts = r.events
      .filter((e) => e.kind === "init" || (e.kind === "start" && e.attempt > 1))
      .map((e) => e.tMs);
    expect(attempts).toHaveLength(3);
    const minutes = [0, 60_000, 180_000];
    attempts.forEach((t, i) => expect(Math.abs(t - minutes[i]!)).toBeLessThan(1000));
    expect(f.retries).toBe(2);
    expect(f.dlq).toBe(1);
    const [dest] = kind(r, "onFailure");
    expect(dest).toMatchObject({ condition: "RetriesExhausted", approximateInvokeCount: 3 });
    expect(kind(r, "dlq")).toHaveLength(1);
  });

  it("retries 0: one attempt", () => {
    const r = run(preset("async-no-retries"));
    const f = fn(r, "notify");
    expect(f.invocations).toBe(1);
    expect(f.retries).toBe(0);
    expect(kind(r, "onFailure")[0]).toMatchObject({ condition: "RetriesExhausted", approximateInvokeCount: 1 });
    expect(f.dlq).toBe(1);
  });
});

describe("B5 provisioned 10, reserved 20, 25 simultaneous calls", () => {
  const r = run(preset("provisioned-spillover"));
  const f = fn(r, "checkout");

  it("10 warm on provisioned environments, 10 spill over cold, 5 throttled", () => {
    const starts = kind(r, "start");
    const inits = kind(r, "init");
    const coldEnvs = new Set(inits.map((e) => e.envId));
    expect(starts.filter((e) => !coldEnvs.has(e.envId))).toHaveLength(10);
    expect(f.spillover).toBe(10);
    expect(f.coldStarts).toBe(10);
    expect(f.throttles).toBe(5);
    expect(kind(r, "throttle").every((e) => e.reason === "ReservedFunctionConcurrentInvocationLimitExceeded")).toBe(
      true,
    );
    expect(f.succeeded).toBe(20);
  });
});

describe("B6 SQS batch of 10 with one poison message", () => {
  /** Time each batch was received: its Init (cold) or START (warm). */
  function receives(r: ReturnType<typeof run>): number[] {
    const first = new Map<string, number>();
    for (const e of r.events) {
      if ((e.kind === "init" || e.kind === "start") && !first.has(e.requestId)) first.set(e.requestId, e.tMs);
    }
    return [...first.values()];
  }

  it("without ReportBatchItemFailures all 10 are retried at 0/60/120/180/240 s and all 10 go to the DLQ", () => {
    const r = run(preset("sqs-poison-message"));
    const f = fn(r, "worker");
    expect(receives(r)).toEqual([0, 60_000, 120_000, 180_000, 240_000]);
    expect(kind(r, "end").every((e) => e.batchSize === 10 && e.status === "error")).toBe(true);
    const dlq = kind(r, "dlq");
    expect(dlq).toHaveLength(10);
    expect(dlq.every((e) => e.tMs === 300_000)).toBe(true);
    expect(f.dlq).toBe(10);
    expect(f.itemsProcessed).toBe(0);
  });

  it("with it the 9 good ones are deleted at once and only the poison message reaches the DLQ (~300 s)", () => {
    const r = run(preset("sqs-partial-batch"));
    const f = fn(r, "worker");
    const ends = kind(r, "end");
    expect(ends[0]).toMatchObject({ status: "ok", batchSize: 10, failedItems: 1 });
    expect(ends[0]!.tMs).toBeLessThan(1000);
    expect(ends.slice(1).every((e) => e.batchSize === 1)).toBe(true);
    expect(receives(r)).toEqual([0, 60_000, 120_000, 180_000, 240_000]);
    expect(f.itemsProcessed).toBe(9);
    expect(kind(r, "dlq")).toEqual([expect.objectContaining({ tMs: 300_000, attempt: 5 })]);
    expect(f.dlq).toBe(1);
  });
});

describe("B7 billing", () => {
  it("3M calls of 1 s at 512 MB: $18.33 compute + $0.40 requests = $18.73 ($15.07 on Arm)", () => {
    const x86 = monthlyEstimate({
      invocations: 3_000_000,
      durationMs: 1000,
      memoryMb: 512,
      architecture: "x86_64",
      freeTier: true,
    });
    expect(x86.billableGbSeconds).toBe(1_100_000);
    expect(x86.computeUsd.toFixed(2)).toBe("18.33");
    expect(x86.requestsUsd.toFixed(2)).toBe("0.40");
    expect(x86.totalUsd.toFixed(2)).toBe("18.73");
    const arm = monthlyEstimate({
      invocations: 3_000_000,
      durationMs: 1000,
      memoryMb: 512,
      architecture: "arm64",
      freeTier: true,
    });
    expect(arm.totalUsd.toFixed(2)).toBe("15.07");
  });

  it("a cold call with 800 ms Init and 200 ms handler is billed 1,000 ms (200 ms before Aug 2025)", () => {
    const r = run(preset("billing-init"));
    expect(kind(r, "end")[0]).toMatchObject({ billedMs: 1000, initMs: 800, durationMs: 200 });
    expect(fn(r, "invoice").billedMs).toBe(1000);
    expect(billedDurationMs(200)).toBe(200);
    expect(billedDurationMs(200, 800)).toBe(1000);
  });
});
