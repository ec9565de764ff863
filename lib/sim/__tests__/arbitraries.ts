/** fast-check generators of valid scenarios, shared by the property tests. */
import fc from "fast-check";

const dist = fc.oneof(
  fc.integer({ min: 0, max: 3000 }),
  fc.record({
    dist: fc.constant("uniform"),
    min: fc.integer({ min: 0, max: 500 }),
    max: fc.integer({ min: 500, max: 4000 }),
  }),
  fc.record({
    dist: fc.constant("lognormal"),
    p50: fc.integer({ min: 1, max: 400 }),
    p99: fc.integer({ min: 400, max: 5000 }),
  }),
);

/** A random valid scenario: 1-3 functions, 1-4 sync/async/SQS entries, reservations within the floor. */
export const scenarioArb = fc
  .record({
    seed: fc.integer({ min: 0, max: 1000 }),
    limit: fc.integer({ min: 150, max: 400 }),
    legacy: fc.boolean(),
    nf: fc.integer({ min: 1, max: 3 }),
    fns: fc.array(
      fc.record({
        rcShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
        pcShare: fc.double({ min: 0, max: 1, noNaN: true }),
        memoryMb: fc.integer({ min: 128, max: 4096 }),
        timeoutS: fc.integer({ min: 1, max: 5 }),
        initMs: dist,
        durationMs: dist,
        errorRate: fc.double({ min: 0, max: 1, noNaN: true }),
        crashRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
        idleTtlMs: fc.integer({ min: 0, max: 20_000 }),
        maxRetries: fc.integer({ min: 0, max: 2 }),
        dlq: fc.boolean(),
      }),
      { minLength: 3, maxLength: 3 },
    ),
    traffic: fc.array(
      fc.record({
        fi: fc.integer({ min: 0, max: 2 }),
        type: fc.constantFrom("sync", "async", "sqs"),
        burst: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
        atMs: fc.integer({ min: 0, max: 10_000 }),
        rps: fc.integer({ min: 1, max: 80 }),
        poisonRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
        rbif: fc.boolean(),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map((g) => {
    const per = Math.floor((g.limit - 100) / g.nf);
    const functions = g.fns.slice(0, g.nf).map((f, i) => {
      const rc = f.rcShare === null ? null : Math.floor(f.rcShare * per);
      const pc = Math.floor(f.pcShare * (rc ?? per) * 0.5);
      return {
        name: `fn${i}`,
        memoryMb: f.memoryMb,
        timeoutS: f.timeoutS,
        reservedConcurrency: rc,
        provisionedConcurrency: pc,
        initMs: f.initMs,
        durationMs: f.durationMs,
        errorRate: f.errorRate,
        crashRate: f.crashRate,
        idleTtlMs: f.idleTtlMs,
        async: { maxRetries: f.maxRetries, dlq: f.dlq, maxEventAgeS: 120, retryBaseDelayS: 5 },
      };
    });
    const traffic = g.traffic.map((t) => {
      const fnName = `fn${t.fi % g.nf}`;
      if (t.type === "sqs") {
        return {
          function: fnName,
          type: "sqs",
          messages: (t.burst ?? t.rps) * 3,
          atMs: t.atMs,
          visibilityTimeoutS: 10,
          maxReceiveCount: 3,
          poisonRate: t.poisonRate,
          reportBatchItemFailures: t.rbif,
        };
      }
      return t.burst !== undefined
        ? { function: fnName, type: t.type, burst: t.burst, atMs: t.atMs }
        : { function: fnName, type: t.type, rps: t.rps, fromMs: t.atMs, toMs: t.atMs + 5000 };
    });
    return {
      seed: g.seed,
      durationMs: 40_000,
      account: { concurrencyLimit: g.limit, scaling: g.legacy ? "legacy" : "current", region: "sa-east-1" },
      functions,
      traffic,
    };
  });
