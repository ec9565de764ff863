/** Preset questions: schema, reading figures from a result, judging answers. */
import { describe, expect, it } from "vitest";
import { parseScenario, simulate } from "@/lib/sim";
import { engineAnswer, judge, readMetric, rightChoice } from "@/lib/sim/answer";
import type { Prediction } from "@/lib/sim/prediction";
import { parse, preset } from "./helpers";

const base = preset("reserved-throttle") as Record<string, unknown>;

describe("predict field", () => {
  it("is validated with paths, like the rest of the scenario", () => {
    const r = parseScenario({
      ...base,
      predict: {
        question: "How many?",
        metric: "functions.nope.throttles",
        card: "Bad Card",
        misconception: -1,
        type: "choice",
      },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { path: "predict.question", message: "must be a question" },
        { path: "predict.card", message: "must be a lowercase slug like reserved-concurrency" },
        { path: "predict.choices", message: "is required" },
        { path: "predict.metric", message: 'unknown function "nope"' },
      ]),
    );
  });
});

describe("answers", () => {
  const s = parse(preset("reserved-throttle"));
  const result = simulate(s);
  const p = s.predict!;

  it("reads the engine's figure named by the question", () => {
    expect(readMetric(result, "functions.checkout.throttles")).toBe(50);
    expect(readMetric(result, "functions.checkout.outcomes.throttled")).toBe(50);
    expect(readMetric(result, "functions.checkout.nothing")).toBeUndefined();
    expect(readMetric(result, "functions.__proto__.x")).toBeUndefined();
    expect(engineAnswer(p, result)).toBe(50);
  });

  it("judges a number exactly unless the question allows a tolerance", () => {
    expect(judge(p, { type: "number", value: 50 }, 50)).toBe(true);
    expect(judge(p, { type: "number", value: 49 }, 50)).toBe(false);
    expect(judge({ ...p, tolerance: 0.1 }, { type: "number", value: 46 }, 50)).toBe(true);
    expect(judge(p, { type: "choice", index: 0 }, 50)).toBe(false);
  });

  it("judges a choice by the range that holds the figure", () => {
    const q: Prediction = {
      ...p,
      type: "choice",
      choices: [
        { label: "none", max: 0 },
        { label: "some", min: 1, max: 99 },
        { label: "many", min: 100 },
      ],
    };
    expect(rightChoice(q, 50)).toBe(1);
    expect(judge(q, { type: "choice", index: 1 }, 50)).toBe(true);
    expect(judge(q, { type: "choice", index: 2 }, 50)).toBe(false);
  });
});
