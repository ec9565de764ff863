/** The columnar trace for the sandbox page agrees with the event log, and stays within its budget. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { MARK, SEG_COLD, SEG_STATUS, SOURCES } from "@/lib/sim/trace";
import { buildLanes, segmentAt } from "@/lib/sim/trace-lanes";
import { buildLogIndex, lineTime } from "@/lib/sim/trace-log";
import { scenarioArb } from "./arbitraries";
import { parse, preset, single } from "./helpers";

const runs = { numRuns: Number(process.env.FC_RUNS ?? 40), seed: 20261203 };
const MARK_KINDS = new Set(Object.keys(MARK));

describe("trace", () => {
  it("records every invocation and mark the event log has, with the same fields", () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const s = parse(input);
        const r = simulate(s, { events: true, trace: { maxRows: 1_000_000 } });
        const t = r.trace!;
        expect(t.complete).toBe(true);
        const ends = (r.events ?? []).filter((e) => e.kind === "end");
        expect(t.segments).toBe(ends.length);
        // Each END event matches its segment: same function, environment, status, billing, source.
        const byEnv = new Map<number, number[]>();
        for (let i = 0; i < t.segments; i++) byEnv.set(t.seg.env[i]!, [...(byEnv.get(t.seg.env[i]!) ?? []), i]);
        for (const e of ends) {
          // Durations are Float32 in the trace: match the end time to a hundredth of a millisecond.
          const i = (byEnv.get(e.envId!) ?? []).find(
            (k) => Math.abs(t.seg.t0[k]! + t.seg.init[k]! + t.seg.run[k]! - e.tMs) < 0.01,
          );
          expect(i, `segment for ${JSON.stringify(e)}`).toBeDefined();
          expect(s.functions[t.seg.fn[i!]!]!.name).toBe(e.function);
          expect(SEG_STATUS[t.seg.status[i!]!]).toBe(e.status);
          expect(t.seg.billed[i!]).toBe(e.billedMs);
          expect((t.seg.flags[i!]! & SEG_COLD) !== 0).toBe(e.initMs !== undefined);
          expect(SOURCES[t.seg.source[i!]!]).toBe(e.source);
        }
        const marks = (r.events ?? []).filter((e) => MARK_KINDS.has(e.kind));
        expect(t.marks).toBe(marks.length);
        const count = (xs: string[]) => xs.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
        const traced = Array.from(t.mark.kind, (k) => Object.entries(MARK).find(([, v]) => v === k)![0]);
        expect(count(traced)).toEqual(count(marks.map((e) => e.kind)));
      }),
      runs,
    );
  });

  it("changes no total or series", () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const s = parse(input);
        const plain = simulate(s);
        const traced = simulate(s, { trace: { maxRows: 50 } });
        expect(traced.functions).toEqual(plain.functions);
        expect(traced.series).toEqual(plain.series);
      }),
      { ...runs, numRuns: 20 },
    );
  });

  it("keeps at most maxRows rows and says up to when the record is complete", () => {
    const s = parse(single({ durationMs: 50 }, [{ type: "sync", rps: 100, fromMs: 0, toMs: 10_000 }]));
    const r = simulate(s, { trace: { maxRows: 300 } });
    const t = r.trace!;
    expect(t.complete).toBe(false);
    expect(t.segments + t.marks).toBe(300);
    expect(t.windowEndMs).toBe(3000); // the 301st call, at 100 per second
    for (let i = 0; i < t.segments; i++) expect(t.seg.t0[i]).toBeLessThan(t.windowEndMs);
    expect(r.functions.f!.invocations).toBe(1000);
  });

  it("orders the log by time and gives each invocation START, END and REPORT (and INIT_START when cold)", () => {
    const r = simulate(parse(preset("reserved-throttle")), { trace: { maxRows: 10_000 } });
    const t = r.trace!;
    const log = buildLogIndex(t);
    let cold = 0;
    for (let i = 0; i < t.segments; i++) if (t.seg.flags[i]! & SEG_COLD) cold++;
    expect(log.count).toBe(t.segments * 3 + cold + t.marks);
    expect(cold).toBe(100);
    for (let i = 1; i < log.count; i++) {
      expect(lineTime(t, log.kind[i]!, log.row[i]!)).toBeGreaterThanOrEqual(
        lineTime(t, log.kind[i - 1]!, log.row[i - 1]!),
      );
    }
  });

  it("lanes hold every invocation once, in time order, without overlap", () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const s = parse(input);
        const t = simulate(s, { trace: { maxRows: 1_000_000 } }).trace!;
        const lanes = buildLanes(
          t,
          s.functions.map((f) => f.idleTtlMs),
        );
        expect(lanes.lanes).toBe(t.envs);
        const seen = new Uint8Array(t.segments);
        for (let l = 0; l < lanes.lanes; l++) {
          let prevEnd = -Infinity;
          for (let k = lanes.start[l]!; k < lanes.start[l + 1]!; k++) {
            const i = lanes.segs[k]!;
            seen[i]!++;
            expect(t.seg.env[i]).toBe(lanes.env[l]);
            expect(t.seg.t0[i]!).toBeGreaterThanOrEqual(prevEnd - 1e-3);
            prevEnd = t.seg.t0[i]! + t.seg.init[i]! + t.seg.run[i]!;
            if (t.seg.run[i]! + t.seg.init[i]! > 0.01) expect(segmentAt(t, lanes, l, t.seg.t0[i]! + 0.001)).toBe(i);
          }
        }
        expect(seen.every((n) => n === 1)).toBe(true);
      }),
      { ...runs, numRuns: 20 },
    );
  });

  it("reports progress in simulated time while a long run goes on", () => {
    const s = parse(single({ durationMs: 50 }, [{ type: "sync", rps: 2000, fromMs: 0, toMs: 60_000 }]));
    const seen: number[] = [];
    simulate(s, { onProgress: (ms) => seen.push(ms) });
    expect(seen.length).toBeGreaterThan(2);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
    expect(seen.at(-1)!).toBeLessThanOrEqual(60_000);
  });

  it("gives a latency histogram that counts every invocation", () => {
    const r = simulate(parse(preset("cold-starts")), { trace: { maxRows: 1000 } });
    const h = r.latency!.thumbnail!;
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(r.functions.thumbnail!.invocations);
    expect(h.edgesMs).toHaveLength(h.counts.length + 1);
  });
});

describe("added series", () => {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  it("errors per second add up to errors and timeouts", () => {
    const r = simulate(parse(preset("timeout")));
    expect(sum(r.series.report!.errors)).toBe(r.functions.report!.errors + r.functions.report!.timeouts);
  });

  it("the async queue holds throttled events until they run", () => {
    const r = simulate(parse(preset("async-throttled")));
    const q = r.series.resize!.asyncQueue;
    expect(q[0]).toBe(45); // 50 accepted at t = 0, 5 running (reserved concurrency 5)
    expect(q.at(-1)).toBe(0); // every event ran
    for (let i = 1; i < q.length; i++) expect(q[i]!).toBeLessThanOrEqual(q[i - 1]!);
  });

  it("the SQS backlog starts at the messages sent and drains to zero", () => {
    const r = simulate(parse(preset("sqs-poller-ramp")));
    const b = r.series.worker!.sqsBacklog;
    expect(b[0]).toBe(100_000);
    expect(b.at(-1)).toBe(0);
    for (let i = 1; i < b.length; i++) expect(b[i]!).toBeLessThanOrEqual(b[i - 1]!);
  });

  it("iterator age grows while a poison record blocks its shard", () => {
    const r = simulate(parse(preset("kinesis-shard-blocking")));
    const age = r.series.orders!.iteratorAgeMs;
    expect(Math.max(...age)).toBe(r.functions.orders!.maxIteratorAgeMs);
    expect(Math.max(...age)).toBeGreaterThan(100_000);
  });
});
