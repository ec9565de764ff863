/** Durations: exact numbers, lognormal {p50, p99} or uniform {min, max}, sampled from a seeded PRNG. */
import type { Prng } from "./prng";
import type { Distribution } from "./schema";

/** A compiled distribution: kind 0 = constant a, 1 = uniform [a, b), 2 = lognormal (mu a, sigma b). */
export interface Sampler {
  kind: 0 | 1 | 2;
  a: number;
  b: number;
}

const Z99 = 2.3263478740408408; // standard normal quantile at 0.99

/** Compiles a schema distribution into a sampler. */
export function compileDistribution(d: Distribution): Sampler {
  if (typeof d === "number") return { kind: 0, a: d, b: 0 };
  if (d.dist === "uniform") return d.max === d.min ? { kind: 0, a: d.min, b: 0 } : { kind: 1, a: d.min, b: d.max };
  if (d.p99 === d.p50) return { kind: 0, a: d.p50, b: 0 };
  const mu = Math.log(d.p50);
  return { kind: 2, a: mu, b: (Math.log(d.p99) - mu) / Z99 };
}

/** Rounds to whole microseconds so engines whose Math.exp/log differ in the last bit still agree. */
export function quantize(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** Inverse standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const q0 = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  if (q0 < 0.02425 || q0 > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(q0 < 0.5 ? q0 : 1 - q0));
    const x = (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
    return q0 < 0.5 ? x : -x;
  }
  const q = q0 - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}

/** Draws one value in ms (one PRNG draw for non-constant samplers), quantized to 1 µs. */
export function sample(s: Sampler, rng: Prng): number {
  if (s.kind === 0) return s.a;
  const u = rng.next();
  if (s.kind === 1) return quantize(s.a + (s.b - s.a) * u);
  return quantize(Math.exp(s.a + s.b * normalQuantile(u)));
}

/** vCPU share at a memory size: 1,769 MB = 1 vCPU, at most 6, and at most `threads` usable. */
export function vcpus(memoryMb: number, threads: number): number {
  return Math.min(memoryMb / 1769, 6, threads);
}

/** Multiplier for handler time when durationMs was measured at referenceMb and runs at memoryMb. */
export function cpuScale(memoryMb: number, referenceMb: number, cpuBoundShare: number, threads: number): number {
  if (cpuBoundShare === 0 || memoryMb === referenceMb) return 1;
  return 1 - cpuBoundShare + (cpuBoundShare * vcpus(referenceMb, threads)) / vcpus(memoryMb, threads);
}
