/**
 * Power tuning, the way AWS Lambda Power Tuning presents it: run one function at a set of memory
 * sizes on the same traffic and compare average duration with average cost per invocation.
 * Duration scales through the CPU share memory buys (1,769 MB = 1 vCPU, up to 6), so the
 * function's durations are taken as measured at its configured memory unless the scenario
 * already says where they were measured (referenceMemoryMb).
 */
import { AWS } from "./params";
import type { Scenario } from "./schema";
import type { SimResult } from "./types";

/** Memory sizes tried by default: 128 MB to 10,240 MB, with 1,769 MB (one full vCPU). */
export const POWER_SIZES = [128, 256, 512, 1024, 1536, 1769, 2048, 3008, 4096, 5120, 6144, 7168, 8192, 9216, 10240];

/** vCPUs a memory size gets (fractional below 1,769 MB). */
export function vcpusFor(memoryMb: number): number {
  return Math.min(memoryMb / AWS.mbPerVcpu, AWS.maxVcpu);
}

/** The scenario with function `fn` at `memoryMb`; other functions and traffic unchanged. */
export function atMemory(s: Scenario, fn: string, memoryMb: number): Scenario {
  return {
    ...s,
    functions: s.functions.map((f) =>
      f.name === fn ? { ...f, memoryMb, referenceMemoryMb: f.referenceMemoryMb ?? f.memoryMb } : f,
    ),
  };
}

export interface PowerPoint {
  memoryMb: number;
  vcpus: number;
  invocations: number;
  /** Average billed duration per invocation (ms) and average cost per invocation (USD). */
  durationMs: number;
  costUsd: number;
  throttles: number;
}

/** One point of the curve from a run of atMemory(...). */
export function powerPoint(result: SimResult, fn: string, memoryMb: number): PowerPoint {
  const t = result.functions[fn];
  const n = t?.invocations ?? 0;
  return {
    memoryMb,
    vcpus: vcpusFor(memoryMb),
    invocations: n,
    durationMs: n > 0 ? (t?.billedMs ?? 0) / n : 0,
    costUsd: n > 0 ? (t?.costUsd ?? 0) / n : 0,
    throttles: t?.throttles ?? 0,
  };
}

/** Indices of the cheapest and the fastest points (the smaller memory wins a tie). */
export function powerBest(points: readonly PowerPoint[]): { cheapest: number; fastest: number } {
  let cheapest = -1,
    fastest = -1;
  points.forEach((p, i) => {
    if (p.invocations === 0) return;
    const c = points[cheapest];
    const f = points[fastest];
    if (!c || p.costUsd < c.costUsd - 1e-15) cheapest = i;
    if (!f || p.durationMs < f.durationMs - 1e-9) fastest = i;
  });
  return { cheapest, fastest };
}
