/** Messages between the sandbox page and its simulation worker (typed both ways). */
import type { FunctionSeries, FunctionTotals, LatencyHistogram, ScenarioInput, ValidationError } from "@/lib/sim";
import type { PowerPoint } from "@/lib/sim/power-tune";
import type { RunTrace } from "@/lib/sim/trace";
import type { LaneIndex } from "@/lib/sim/trace-lanes";
import type { LogIndex } from "@/lib/sim/trace-log";

export type WorkerRequest =
  | { type: "run"; id: number; scenario: ScenarioInput; maxRows: number }
  | { type: "tune"; id: number; scenario: ScenarioInput; fn: string; sizes: number[] }
  | { type: "compare"; id: number; a: ScenarioInput; b: ScenarioInput };

/** What the page needs from a run: totals, series, and typed arrays for lanes and the log. */
export interface RunPayload {
  functions: Record<string, FunctionTotals>;
  series: Record<string, FunctionSeries>;
  latency: Record<string, LatencyHistogram>;
  trace: RunTrace;
  log: LogIndex;
  lanes: LaneIndex;
  /** Time spent in the worker (simulate + indexes), for the curious and the benchmark. */
  workerMs: number;
}

export type Totals = { functions: Record<string, FunctionTotals>; series: Record<string, FunctionSeries> };

export type WorkerResponse =
  | { type: "progress"; id: number; fraction: number }
  | { type: "run"; id: number; payload: RunPayload }
  | { type: "tune"; id: number; points: PowerPoint[] }
  | { type: "compare"; id: number; a: Totals; b: Totals }
  | { type: "invalid"; id: number; errors: ValidationError[] }
  | { type: "failed"; id: number; message: string };
