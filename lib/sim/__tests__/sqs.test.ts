/** SQS event source mapping: poller ramp, caps, throttling, redrive. */
import { describe, expect, it } from "vitest";
import { fn, kind, run, single } from "./helpers";

const worker = { initMs: 100, durationMs: 10_000, timeoutS: 30 };
const queue = { type: "sqs", batchSize: 10, visibilityTimeoutS: 180 };

describe("poller scaling", () => {
  it("starts at 5 concurrent batches and adds 300 per minute", () => {
    const r = run(
      single(worker, [{ ...queue, messages: 1_000_000 }], { durationMs: 130_000, account: { concurrencyLimit: 5000 } }),
      false,
    );
    const conc = r.series.f!.concurrency;
    expect(conc[0]).toBeGreaterThanOrEqual(5);
    expect(conc[0]).toBeLessThanOrEqual(10);
    // level(t) = 5 + 300 × t / 60 s
    expect(conc[60]).toBeGreaterThanOrEqual(305);
    expect(conc[60]).toBeLessThanOrEqual(310);
    expect(conc[120]).toBeGreaterThanOrEqual(605);
    expect(conc[120]).toBeLessThanOrEqual(610);
  });

  it("caps at 1,250 concurrent batches", () => {
    const r = run(
      single({ ...worker, durationMs: 5000 }, [{ ...queue, messages: 2_000_000 }], {
        durationMs: 400_000,
        account: { concurrencyLimit: 5000 },
      }),
      false,
    );
    expect(fn(r, "f").peakConcurrency).toBe(1250);
    expect(fn(r, "f").throttles).toBe(0);
  });

  it("MaximumConcurrency caps the mapping without throttles", () => {
    const r = run(
      single(worker, [{ ...queue, messages: 1000, maximumConcurrency: 2 }], { durationMs: 100_000 }),
      false,
    );
    expect(fn(r, "f").peakConcurrency).toBe(2);
    expect(fn(r, "f").throttles).toBe(0);
  });
});

describe("throttling", () => {
  it("throttled batches reappear after the visibility timeout and count a receive", () => {
    const input = single(
      { ...worker, durationMs: 5000, reservedConcurrency: 2 },
      [{ ...queue, messages: 100, visibilityTimeoutS: 60, maxReceiveCount: 1 }],
      { durationMs: 300_000 },
    );
    const r = run(input);
    const f = fn(r, "f");
    expect(f.throttles).toBeGreaterThan(0);
    expect(kind(r, "throttle").every((e) => e.reason === "ReservedFunctionConcurrentInvocationLimitExceeded")).toBe(
      true,
    );
    // With maxReceiveCount 1 a throttled receive is enough to dead-letter a message.
    expect(f.dlq).toBeGreaterThan(0);
    expect(f.itemsProcessed + f.dlq).toBe(100);
    const firstThrottle = kind(r, "throttle")[0]!.tMs;
    expect(kind(r, "dlq")[0]!.tMs).toBe(firstThrottle + 60_000);
  });

  it("without a redrive policy every message is eventually processed", () => {
    const r = run(
      single(
        { ...worker, durationMs: 5000, reservedConcurrency: 2 },
        [{ ...queue, messages: 100, visibilityTimeoutS: 60 }],
        { durationMs: 900_000 },
      ),
      false,
    );
    expect(fn(r, "f").itemsProcessed).toBe(100);
    expect(fn(r, "f").itemsPending).toBe(0);
  });
});

describe("errors", () => {
  it("a function error returns the whole batch; receives are counted per message", () => {
    const r = run(
      single(
        { ...worker, durationMs: 100, errorRate: 1 },
        [{ ...queue, messages: 20, visibilityTimeoutS: 30, maxReceiveCount: 3 }],
        { durationMs: 200_000 },
      ),
    );
    const f = fn(r, "f");
    expect(f.invocations).toBe(6); // 2 batches × 3 receives
    expect(f.dlq).toBe(20);
    expect(kind(r, "dlq").every((e) => e.tMs === 90_000)).toBe(true);
  });

  it("poisonRate picks exactly round(rate × messages) poison messages, deterministically", () => {
    const input = single(
      { ...worker, durationMs: 100 },
      [
        {
          ...queue,
          messages: 1000,
          visibilityTimeoutS: 30,
          maxReceiveCount: 2,
          reportBatchItemFailures: true,
          poisonRate: 0.05,
        },
      ],
      { durationMs: 200_000 },
    );
    const a = fn(run(input, false), "f");
    expect(a.dlq).toBe(50);
    expect(a.itemsProcessed).toBe(950);
    const b = fn(run({ ...input, seed: 8 }, false), "f");
    expect(b.dlq).toBe(50);
  });
});
