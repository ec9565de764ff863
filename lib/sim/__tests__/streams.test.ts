/** Kinesis / DynamoDB Streams: ordering, one batch per shard, blocking, bisect, expiry. */
import { describe, expect, it } from "vitest";
import type { SimEvent } from "@/lib/sim";
import { fn, kind, preset, run, single } from "./helpers";

/** 50 records/s for 50 s (2,500 records) in a 60 s run, so every record has time to finish. */
const stream = (extra: Record<string, unknown>) => ({
  type: "kinesis",
  recordsPerSecond: 50,
  toMs: 50_000,
  batchSize: 10,
  ...extra,
});
const okEnds = (events: SimEvent[], shard: number) =>
  events.filter((e) => e.kind === "end" && e.status === "ok" && e.shard === shard);

describe("ordering", () => {
  it("processes each shard's records in order, contiguously, one batch at a time", () => {
    const r = run(single({ durationMs: 300, initMs: 100 }, [stream({ shards: 3 })]));
    for (let shard = 0; shard < 3; shard++) {
      const ends = okEnds(r.events, shard);
      expect(ends.length).toBeGreaterThan(10);
      let expected = shard;
      for (const e of ends) {
        expect(e.sequence).toBe(expected);
        expected += 3 * (e.batchSize ?? 0);
      }
    }
    const f = fn(r, "f");
    expect(f.itemsProcessed).toBe(2500);
    expect(f.itemsPending).toBe(0);
    expect(f.peakConcurrency).toBeLessThanOrEqual(3);
  });

  it("ParallelizationFactor allows that many batches per shard", () => {
    const r = run(
      single({ durationMs: 2000, initMs: 100 }, [
        stream({ shards: 2, parallelizationFactor: 3, recordsPerSecond: 600 }),
      ]),
      false,
    );
    expect(fn(r, "f").peakConcurrency).toBe(6);
  });

  it("DynamoDB Streams work the same way", () => {
    const r = run(single({}, [stream({ type: "dynamodb", shards: 1 })]));
    expect(fn(r, "f").itemsProcessed).toBe(2500);
    expect(kind(r, "end")[0]!.source).toBe("dynamodb");
  });
});

describe("errors block the shard", () => {
  const r = run(preset("kinesis-shard-blocking"));
  const fail = r.events.find((e) => e.kind === "end" && e.status === "error")!;
  const dest = kind(r, "onFailure")[0]!;

  it("the failing batch is retried whole until MaximumRecordAge, then goes to the on-failure destination", () => {
    expect(fail.shard).toBe(1); // record 37 is on shard 37 % 2
    expect(dest).toMatchObject({ shard: 1, condition: "RecordAgeExceeded" });
    expect(dest.sequence! <= 37 && 37 < dest.sequence! + 2 * dest.batchSize!).toBe(true);
    expect(dest.tMs - fail.tMs).toBeGreaterThan(119_000);
    expect(dest.tMs - fail.tMs).toBeLessThan(122_000);
    const f = fn(r, "orders");
    expect(f.retries).toBeGreaterThan(100);
    expect(f.maxIteratorAgeMs).toBeGreaterThan(120_000);
  });

  it("nothing behind it on that shard succeeds meanwhile; the other shard keeps flowing", () => {
    const during = (shard: number) => okEnds(r.events, shard).filter((e) => e.tMs > fail.tMs && e.tMs < dest.tMs);
    expect(during(1)).toHaveLength(0);
    expect(during(0).length).toBeGreaterThan(50);
    expect(okEnds(r.events, 1).some((e) => e.tMs > dest.tMs)).toBe(true);
    expect(fn(r, "orders").itemsPending).toBe(0);
  });
});

describe("bisect on error", () => {
  it("splits down to the poison record without using retries, then retries it and sends it on", () => {
    const r = run(preset("kinesis-bisect"));
    const f = fn(r, "orders");
    const [dest] = kind(r, "onFailure");
    expect(dest).toMatchObject({
      sequence: 37,
      batchSize: 1,
      condition: "RetriesExhausted",
      approximateInvokeCount: 3,
    });
    expect(f.retries).toBe(2);
    expect(f.itemsFailed).toBe(1);
    expect(f.itemsProcessed).toBe(2399);
    const sizes = r.events.filter((e) => e.kind === "end" && e.status === "error").map((e) => e.batchSize);
    expect(sizes.slice(-3)).toEqual([1, 1, 1]);
    expect(f.maxIteratorAgeMs).toBeLessThan(10_000);
  });

  it("MaximumRetryAttempts 0 without bisect: one attempt then on to the destination", () => {
    const r = run(single({}, [stream({ shards: 1, maxRetryAttempts: 0, onFailure: true, poisonIndices: [5] })]));
    expect(fn(r, "f").retries).toBe(0);
    expect(kind(r, "onFailure")[0]).toMatchObject({ condition: "RetriesExhausted", approximateInvokeCount: 1 });
  });
});

describe("throttling", () => {
  it("throttled batches are retried later without using retry attempts", () => {
    const r = run(single({ reservedConcurrency: 0 }, [stream({ shards: 1, maxRetryAttempts: 1 })]), false);
    const f = fn(r, "f");
    expect(f.invocations).toBe(0);
    expect(f.throttles).toBeGreaterThan(50);
    expect(f.retries).toBe(0);
    expect(f.onFailure + f.dropped).toBe(0);
    expect(f.outcomes.pending).toBe(1);
    expect(f.itemsPending).toBe(2500);
  });
});
