/**
 * The simulation worker: runs `simulate` off the main thread, builds the lane and log indexes,
 * and transfers their typed arrays (no copy, no event objects). Progress is posted in simulated
 * time; cancelling terminates the worker.
 */
import { parseScenario, simulate, type ScenarioInput } from "@/lib/sim";
import { atMemory, powerPoint } from "@/lib/sim/power-tune";
import { traceBuffers } from "@/lib/sim/trace";
import { buildLanes } from "@/lib/sim/trace-lanes";
import { buildLogIndex } from "@/lib/sim/trace-log";
import type { RunPayload, WorkerRequest, WorkerResponse } from "./protocol";

type Scope = {
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
};
const scope = self as unknown as Scope;

function parsed(id: number, input: ScenarioInput) {
  const r = parseScenario(input);
  if (!r.ok) scope.postMessage({ type: "invalid", id, errors: r.errors });
  return r.ok ? r.scenario : null;
}

function run(id: number, input: ScenarioInput, maxRows: number): void {
  const started = performance.now();
  const s = parsed(id, input);
  if (!s) return;
  const r = simulate(s, {
    trace: { maxRows },
    onProgress: (ms) => scope.postMessage({ type: "progress", id, fraction: ms / s.durationMs }),
  });
  const trace = r.trace!;
  const log = buildLogIndex(trace);
  const lanes = buildLanes(
    trace,
    s.functions.map((f) => f.idleTtlMs),
  );
  const payload: RunPayload = {
    functions: r.functions,
    series: r.series,
    latency: r.latency ?? {},
    trace,
    log,
    lanes,
    workerMs: performance.now() - started,
  };
  const lanesBuffers = [lanes.env, lanes.fn, lanes.start, lanes.segs, lanes.bornMs, lanes.goneMs].map((a) => a.buffer);
  scope.postMessage({ type: "run", id, payload }, [
    ...traceBuffers(trace),
    log.kind.buffer,
    log.row.buffer,
    ...lanesBuffers,
  ] as Transferable[]);
}

function tune(id: number, input: ScenarioInput, fn: string, sizes: number[]): void {
  const s = parsed(id, input);
  if (!s) return;
  const points = sizes.map((m, i) => {
    scope.postMessage({ type: "progress", id, fraction: i / sizes.length });
    return powerPoint(simulate(atMemory(s, fn, m)), fn, m);
  });
  scope.postMessage({ type: "tune", id, points });
}

function compare(id: number, a: ScenarioInput, b: ScenarioInput): void {
  const sa = parsed(id, a);
  const sb = sa && parsed(id, b);
  if (!sa || !sb) return;
  const ra = simulate(sa);
  scope.postMessage({ type: "progress", id, fraction: 0.5 });
  const rb = simulate(sb);
  scope.postMessage({ type: "compare", id, a: ra, b: rb });
}

scope.onmessage = (e) => {
  const m = e.data;
  try {
    if (m.type === "run") run(m.id, m.scenario, m.maxRows);
    else if (m.type === "tune") tune(m.id, m.scenario, m.fn, m.sizes);
    else compare(m.id, m.a, m.b);
  } catch (err) {
    scope.postMessage({ type: "failed", id: m.id, message: err instanceof Error ? err.message : String(err) });
  }
};
