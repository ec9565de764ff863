/** Seeded pseudo-random numbers (mulberry32): identical sequences in Node and in browsers. */

/** Mixes a seed and a stream number into a well-spread 32-bit state (murmur3 finalizer). */
export function mixSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A mulberry32 generator; `next()` returns a float in [0, 1). */
export class Prng {
  private state: number;

  constructor(seed: number, stream = 0) {
    this.state = mixSeed(seed >>> 0, stream);
  }

  /** Next uniform float in [0, 1) with 32 bits of randomness. */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}

/** Picks exactly round(rate × n) distinct indices (plus `extra`) as a 0/1 mask, deterministically. */
export function pickMask(n: number, rate: number, rng: Prng, extra: readonly number[] = []): Uint8Array {
  const mask = new Uint8Array(n);
  const k = Math.min(n, Math.round(rate * n));
  // Floyd's algorithm: k draws, no shuffle of the whole range.
  for (let j = n - k; j < n; j++) {
    const r = rng.int(j + 1);
    if (mask[r] === 1) mask[j] = 1;
    else mask[r] = 1;
  }
  for (const i of extra) if (i >= 0 && i < n) mask[i] = 1;
  return mask;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const hex16 = (v: number) => (HEX[(v >>> 8) & 255] as string) + (HEX[v & 255] as string);
const hex32 = (v: number) => hex16(v >>> 16) + hex16(v);

/** A deterministic UUID-shaped (v4 layout) id for request `n` of a run; built only for the event log. */
export function requestIdFor(seed: number, n: number): string {
  const a = mixSeed(seed, n * 4 + 1);
  const b = mixSeed(seed, n * 4 + 2);
  const c = mixSeed(seed, n * 4 + 3);
  const d = mixSeed(seed, n * 4 + 4);
  return `${hex32(a)}-${hex16(b >>> 16)}-${hex16((b & 0x0fff) | 0x4000)}-${hex16((c & 0x3fff) | 0x8000)}-${hex16(c >>> 16)}${hex32(d)}`;
}
