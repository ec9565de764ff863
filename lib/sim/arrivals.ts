/** Arrival times of sync/async traffic: bursts, evenly spaced rps, or Poisson rps. */
import { quantize } from "./distributions";
import { Prng } from "./prng";
import type { SyncTraffic } from "./schema";
import type { FnState } from "./world";

/** One traffic entry's arrival stream; `next` is the time of the next arrival (Infinity when done). */
export class ArrivalSource {
  next = Infinity;
  /** How many requests arrive together at `next` (a burst sends all at once). */
  count = 1;
  private k = 0;
  private readonly interval: number;
  private readonly from: number;
  private readonly end: number;
  private readonly rng: Prng | null;

  constructor(
    readonly fn: FnState,
    readonly isAsync: boolean,
    t: SyncTraffic,
    durationMs: number,
    seed: number,
    index: number,
  ) {
    if (t.burst !== undefined) {
      this.interval = 0;
      this.from = t.atMs;
      this.end = durationMs;
      this.rng = null;
      if (t.atMs < durationMs) {
        this.next = t.atMs;
        this.count = t.burst;
      }
      return;
    }
    const rps = t.rps ?? 1;
    this.interval = 1000 / rps;
    this.from = t.fromMs;
    this.end = Math.min(t.toMs ?? durationMs, durationMs);
    this.rng = t.arrival === "poisson" ? new Prng(seed, 1000 + index) : null;
    this.next = this.rng ? this.from + this.gap() : this.from;
    if (this.next >= this.end) this.next = Infinity;
  }

  private gap(): number {
    return quantize(-Math.log(1 - (this.rng as Prng).next()) * this.interval);
  }

  /** Moves to the following arrival. */
  advance(): void {
    if (this.interval === 0) {
      this.next = Infinity;
      return;
    }
    // Even spacing is computed from the start (no accumulated rounding drift).
    const n = this.rng ? this.next + this.gap() : this.from + ++this.k * this.interval;
    this.next = n < this.end ? n : Infinity;
  }
}
