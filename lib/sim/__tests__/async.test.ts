/** Asynchronous invocation rules: throttle backoff, retries, maximum event age, RC = 0, pending. */
import { describe, expect, it } from "vitest";
import { fn, kind, preset, run, single } from "./helpers";

describe("throttled async events", () => {
  it("go back on the queue with backoff 1, 2, 4, 8 s... without using retry attempts", () => {
    const r = run(
      single({ reservedConcurrency: 1, durationMs: 10_000, timeoutS: 30, async: { maxRetries: 0 } }, [
        { type: "async", burst: 2 },
      ]),
    );
    const second = kind(r, "accepted")[1]!.requestId;
    const thr = r.events.filter((e) => e.requestId === second && e.kind === "throttle").map((e) => e.tMs);
    expect(thr).toEqual([0, 1000, 3000, 7000]);
    const start = r.events.find((e) => e.requestId === second && e.kind === "start");
    expect(start?.tMs).toBe(15_000);
    const f = fn(r, "f");
    expect(f.succeeded).toBe(2);
    expect(f.retries).toBe(0);
    expect(f.outcomes.ok).toBe(2);
  });

  it("the backoff stops growing at 5 minutes", () => {
    const r = run(
      single({ reservedConcurrency: 1, durationMs: 850_000, timeoutS: 900 }, [{ type: "async", burst: 2 }], {
        durationMs: 1_000_000,
      }),
    );
    const second = kind(r, "accepted")[1]!.requestId;
    const thr = r.events.filter((e) => e.requestId === second && e.kind === "throttle").map((e) => e.tMs / 1000);
    const gaps = thr.slice(1).map((t, i) => t - thr[i]!);
    expect(gaps).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 300]);
  });

  it("the async-throttled preset: every event eventually runs and retries stay 0", () => {
    const f = fn(run(preset("async-throttled"), false), "resize");
    expect(f.throttles).toBeGreaterThan(0);
    expect(f.retries).toBe(0);
    expect(f.succeeded).toBe(50);
    expect(f.dlq).toBe(0);
  });
});

describe("maximum event age", () => {
  it("an event throttled past MaximumEventAge expires with condition EventAgeExceeded", () => {
    const r = run(
      single(
        { reservedConcurrency: 1, durationMs: 100_000, timeoutS: 900, async: { maxEventAgeS: 60, onFailure: true } },
        [{ type: "async", burst: 2 }],
        { durationMs: 200_000 },
      ),
    );
    const f = fn(r, "f");
    expect(f.eventAgeExceeded).toBe(1);
    expect(kind(r, "eventAgeExceeded")[0]!.tMs).toBe(60_000);
    expect(kind(r, "onFailure")[0]).toMatchObject({
      tMs: 60_000,
      condition: "EventAgeExceeded",
      approximateInvokeCount: 0,
    });
  });

  it("also cuts error retries short", () => {
    const r = run(
      single(
        { errorRate: 1, async: { maxEventAgeS: 100, dlq: true, onFailure: true } },
        [{ type: "async", burst: 1 }],
        { durationMs: 300_000 },
      ),
    );
    const f = fn(r, "f");
    expect(f.invocations).toBe(2); // 0 s and ~60 s; the 2nd retry (~180 s) would be too old
    expect(kind(r, "eventAgeExceeded")[0]!.tMs).toBe(100_000);
    expect(kind(r, "onFailure")[0]).toMatchObject({ condition: "EventAgeExceeded", approximateInvokeCount: 2 });
    expect(f.dlq).toBe(1);
  });

  it("the async-event-age preset expires most events", () => {
    const f = fn(run(preset("async-event-age"), false), "export");
    expect(f.eventAgeExceeded).toBeGreaterThan(0);
    expect(f.onFailure).toBe(f.eventAgeExceeded);
    expect(f.outcomes.ok + f.outcomes.failed).toBe(30);
  });
});

describe("reserved concurrency 0", () => {
  it("async events go straight to the DLQ / on-failure destination, no retries", () => {
    const r = run(preset("reserved-zero"));
    const f = fn(r, "legacy-job");
    expect(f.invocations).toBe(0);
    expect(f.retries).toBe(0);
    expect(f.dlq).toBe(5);
    expect(kind(r, "dlq").every((e) => e.tMs === 0 && e.approximateInvokeCount === 0)).toBe(true);
    // Synchronous calls: all 429.
    expect(f.outcomes.throttled).toBe(100);
    expect(kind(r, "throttle").every((e) => e.reason === "ReservedFunctionConcurrentInvocationLimitExceeded")).toBe(
      true,
    );
  });
});

describe("bookkeeping", () => {
  it("every async event gets 202 at once", () => {
    const r = run(single({}, [{ type: "async", burst: 3, atMs: 500 }]));
    expect(kind(r, "accepted").map((e) => [e.tMs, e.status])).toEqual([
      [500, "202"],
      [500, "202"],
      [500, "202"],
    ]);
  });

  it("events still waiting for a retry when the window closes are pending", () => {
    const r = run(single({ errorRate: 1 }, [{ type: "async", burst: 1 }], { durationMs: 30_000 }));
    const f = fn(r, "f");
    expect(f.invocations).toBe(1);
    expect(f.outcomes).toEqual({ ok: 0, failed: 0, throttled: 0, pending: 1 });
  });

  it("without DLQ or destination a failed event is dropped", () => {
    const r = run(single({ errorRate: 1, async: { maxRetries: 0 } }, [{ type: "async", burst: 1 }]));
    expect(fn(r, "f").dropped).toBe(1);
    expect(kind(r, "end")[0]!.outcome).toBe("failed");
  });
});
