/** Validation: AWS limits, JSON paths on every error, all problems collected, nothing simulated. */
import { describe, expect, it } from "vitest";
import { parseScenario } from "@/lib/sim";

const base = () => ({
  functions: [{ name: "a" }, { name: "b" }],
  traffic: [{ function: "a", type: "sync", burst: 1 }],
});

/** Errors of an input that must be invalid. */
function errorsOf(input: unknown) {
  const r = parseScenario(input);
  if (r.ok) throw new Error("expected the scenario to be invalid");
  return r.errors;
}

const paths = (input: unknown) => errorsOf(input).map((e) => e.path);

describe("field limits", () => {
  it.each([
    ["memoryMb", 127, "functions[0].memoryMb", "must be 128..10240"],
    ["memoryMb", 10241, "functions[0].memoryMb", "must be 128..10240"],
    ["memoryMb", 512.5, "functions[0].memoryMb", "must be a whole number (128..10240)"],
    ["timeoutS", 0, "functions[0].timeoutS", "must be 1..900"],
    ["timeoutS", 901, "functions[0].timeoutS", "must be 1..900"],
    ["timeoutS", "3", "functions[0].timeoutS", "must be a number (1..900)"],
    ["architecture", "x86", "functions[0].architecture", 'must be "x86_64" or "arm64"'],
    ["errorRate", 1.5, "functions[0].errorRate", "must be 0..1"],
    ["reservedConcurrency", -1, "functions[0].reservedConcurrency", "must be 0..1000000"],
    ["name", "bad name!", "functions[0].name", "must be 1..64 letters, digits, - or _"],
    ["cpuBoundShare", 2, "functions[0].cpuBoundShare", "must be 0..1"],
  ])("%s = %j is rejected at its path", (field, value, path, message) => {
    const input = base();
    (input.functions[0] as Record<string, unknown>)[field] = value;
    expect(errorsOf(input)).toContainEqual({ path, message });
  });

  it("checks async settings (retries 0..2, event age 60..21600)", () => {
    const input = base();
    (input.functions[1] as Record<string, unknown>).async = { maxRetries: 3, maxEventAgeS: 30 };
    expect(paths(input)).toEqual(["functions[1].async.maxRetries", "functions[1].async.maxEventAgeS"]);
  });

  it("checks distributions and reports the inner field", () => {
    const input = base();
    (input.functions[0] as Record<string, unknown>).durationMs = { dist: "lognormal", p50: 100, p99: 50 };
    (input.functions[1] as Record<string, unknown>).initMs = { dist: "uniform", min: 10 };
    expect(errorsOf(input)).toEqual([
      { path: "functions[0].durationMs.p99", message: "must be >= p50" },
      { path: "functions[1].initMs.max", message: "is required" },
    ]);
  });

  it("names unknown fields", () => {
    const input = base();
    (input.functions[0] as Record<string, unknown>).memorySize = 512;
    expect(errorsOf(input)).toContainEqual({ path: "functions[0].memorySize", message: "unknown field" });
  });

  it("checks stream and SQS settings", () => {
    const input = {
      functions: [{ name: "a", timeoutS: 60 }],
      traffic: [
        {
          function: "a",
          type: "kinesis",
          recordsPerSecond: 10,
          parallelizationFactor: 11,
          maxRecordAgeS: 30,
          maxRetryAttempts: -2,
        },
        { function: "a", type: "sqs", messages: 10, batchSize: 0, visibilityTimeoutS: 30, maximumConcurrency: 1 },
        { function: "a", type: "queue" },
      ],
    };
    expect(paths(input)).toEqual([
      "traffic[0].parallelizationFactor",
      "traffic[0].maxRetryAttempts",
      "traffic[0].maxRecordAgeS",
      "traffic[1].batchSize",
      "traffic[1].maximumConcurrency",
      "traffic[2].type",
      "traffic[1].visibilityTimeoutS",
    ]);
    expect(errorsOf(input)).toContainEqual({
      path: "traffic[1].visibilityTimeoutS",
      message: "Queue visibility timeout: 30 seconds is less than Function timeout: 60 seconds",
    });
  });
});

describe("cross-field rules", () => {
  it("unknown function in traffic is an error at traffic[i].function", () => {
    const input = base();
    input.traffic.push({ function: "a", type: "sync", burst: 1 }, { function: "nope", type: "async", burst: 1 });
    expect(errorsOf(input)).toEqual([{ path: "traffic[2].function", message: 'unknown function "nope"' }]);
  });

  it("duplicate function names are an error", () => {
    const input = base();
    input.functions.push({ name: "a" });
    expect(errorsOf(input)).toEqual([{ path: "functions[2].name", message: 'duplicate function name "a"' }]);
  });

  it("provisioned concurrency must not exceed reserved", () => {
    const input = { functions: [{ name: "a", reservedConcurrency: 10, provisionedConcurrency: 11 }] };
    expect(errorsOf(input)).toEqual([
      { path: "functions[0].provisionedConcurrency", message: "must be <= reservedConcurrency (10)" },
    ]);
  });

  it("keeps 100 unreserved: reserving past limit - 100 fails with the AWS message", () => {
    const ok = {
      functions: [
        { name: "a", reservedConcurrency: 600 },
        { name: "b", reservedConcurrency: 300 },
      ],
    };
    expect(parseScenario(ok).ok).toBe(true);
    const bad = {
      functions: [
        { name: "a", reservedConcurrency: 600 },
        { name: "b", reservedConcurrency: 301 },
      ],
    };
    const [err] = errorsOf(bad);
    expect(err?.path).toBe("functions[1].reservedConcurrency");
    expect(err?.message).toContain("minimum value of [100]");
    // Provisioned concurrency on an unreserved function counts too.
    const pc = { account: { concurrencyLimit: 500 }, functions: [{ name: "a", provisionedConcurrency: 401 }] };
    expect(errorsOf(pc)[0]?.path).toBe("functions[0].provisionedConcurrency");
  });

  it("sync/async entries need exactly one of burst or rps; toMs after fromMs", () => {
    const input = {
      functions: [{ name: "a" }],
      traffic: [
        { function: "a", type: "sync" },
        { function: "a", type: "sync", burst: 1, rps: 1 },
        { function: "a", type: "async", rps: 1, fromMs: 5000, toMs: 1000 },
      ],
    };
    expect(paths(input)).toEqual(["traffic[0]", "traffic[1]", "traffic[2].toMs"]);
  });

  it("caps the total traffic so a shared scenario cannot hang the page", () => {
    const input = {
      durationMs: 86_400_000,
      functions: [{ name: "a" }],
      traffic: [{ function: "a", type: "sync", rps: 1000 }],
    };
    expect(errorsOf(input)).toEqual([
      { path: "traffic", message: "too much traffic (86,400,000 requests); the limit is 10,000,000" },
    ]);
  });
});

describe("collecting problems", () => {
  it("lists every problem, field and cross-field together", () => {
    const input = {
      seed: -1,
      durationMs: 0,
      account: { concurrencyLimit: 1000, scaling: "fast" },
      functions: [
        { name: "a", memoryMb: 64, timeoutS: 1000, reservedConcurrency: 950 },
        { name: "a", provisionedConcurrency: 5, reservedConcurrency: 2 },
      ],
      traffic: [{ function: "ghost", type: "sync", burst: 0 }],
    };
    expect(paths(input)).toEqual([
      "seed",
      "durationMs",
      "account.scaling",
      "functions[0].memoryMb",
      "functions[0].timeoutS",
      "traffic[0].burst",
      "functions[0].reservedConcurrency",
      "functions[1].name",
      "functions[1].provisionedConcurrency",
      "traffic[0].function",
    ]);
  });

  it("rejects non-objects and missing functions", () => {
    expect(errorsOf(42)).toEqual([{ path: "(root)", message: "must be a scenario object with functions and traffic" }]);
    expect(errorsOf({})).toEqual([{ path: "functions", message: "is required" }]);
    expect(errorsOf({ functions: [] })).toEqual([{ path: "functions", message: "needs at least one function" }]);
  });

  it("fills defaults on valid input", () => {
    const r = parseScenario({ functions: [{ name: "a" }] });
    expect(r.ok && r.scenario).toMatchObject({
      seed: 1,
      account: { concurrencyLimit: 1000, scaling: "current", region: "us-east-1", pcAllocationRate: null },
      functions: [
        {
          memoryMb: 128,
          timeoutS: 3,
          architecture: "x86_64",
          reservedConcurrency: null,
          idleTtlMs: 600_000,
          async: {
            maxRetries: 2,
            maxEventAgeS: 21_600,
            retryBaseDelayS: 60,
            throttleBackoffBaseS: 1,
            throttleBackoffMaxS: 300,
          },
        },
      ],
      traffic: [],
    });
  });
});
