/** Simulator-specific helpers on top of the shared seeded PRNG (lib/random). */
import { mixSeed, type Prng } from "@/lib/random/prng";

export { mixSeed, Prng } from "@/lib/random/prng";

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
