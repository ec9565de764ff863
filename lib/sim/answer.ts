/**
 * Judging a "predict, then run" answer against the engine's figure (see prediction.ts). Kept apart
 * from the question's zod schema so the sandbox page can judge without loading zod.
 */
import type { Prediction } from "./prediction";
import type { SimResult } from "./types";

/** Reads a figure such as `functions.api.throttles` from a result (undefined when absent). */
export function readMetric(result: SimResult, path: string): number | undefined {
  let cur: unknown = result;
  for (const key of path.split(".")) {
    if (cur === null || typeof cur !== "object" || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return typeof cur === "number" ? cur : undefined;
}

/** The engine's answer to a question: the metric, divided by `per` when given. */
export function engineAnswer(p: Prediction, result: SimResult): number | undefined {
  const v = readMetric(result, p.metric);
  if (v === undefined || p.per === undefined) return v;
  const d = readMetric(result, p.per);
  return d === undefined || d === 0 ? undefined : v / d;
}

/** The index of the choice whose range holds `value` (-1 when none does). */
export function rightChoice(p: Prediction, value: number): number {
  return (p.choices ?? []).findIndex(
    (c) => (c.min === undefined || value >= c.min) && (c.max === undefined || value <= c.max),
  );
}

export type Answer = { type: "number"; value: number } | { type: "choice"; index: number };

/** Whether the learner's answer agrees with the engine's figure. */
export function judge(p: Prediction, answer: Answer, value: number): boolean {
  if (answer.type === "choice") return p.type === "choice" && answer.index === rightChoice(p, value);
  if (p.type !== "number") return false;
  return Math.abs(answer.value - value) <= p.tolerance * Math.abs(value) + 1e-9;
}
