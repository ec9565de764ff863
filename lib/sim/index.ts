/**
 * Public API of the Lambda simulator. Pure TypeScript: runs the same in Node and in a Web Worker.
 *
 *   const parsed = parseScenario(json);
 *   if (parsed.ok) { const result = simulate(parsed.scenario, { events: true }); }
 */
export { parseScenario } from "./validate";
export { formatPath } from "./format-path";
export type { ParseResult, ValidationError } from "./validate";
export { simulate } from "./engine";
export { ScenarioSchema } from "./schema";
export type { Scenario, ScenarioInput, FunctionConfig, Traffic, Distribution } from "./schema";
export type {
  SimResult,
  SimEvent,
  SimOptions,
  FunctionTotals,
  FunctionSeries,
  LatencyHistogram,
  EventKind,
  EventStatus,
  EventSource,
  Outcome,
} from "./types";
export { monthlyEstimate, billedDurationMs, requestCost, durationCost } from "./billing";
export type { MonthlyInput, MonthlyEstimate } from "./billing";
export { AWS, UNV_DEFAULTS, DEFAULT_PRICES, FREE_TIER, legacyBurstForRegion } from "./params";
