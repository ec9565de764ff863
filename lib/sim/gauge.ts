/**
 * A level that changes at events (queue depth, SQS backlog) sampled as the peak within each
 * simulated second, like the concurrency series: seconds without a change carry the last level.
 */
export class Gauge {
  readonly values: Int32Array;
  private level = 0;
  private lastSec = -1;

  constructor(seconds: number) {
    this.values = new Int32Array(seconds);
  }

  /** The level becomes `level` in second `sec` (-1 = past the window: only the level is kept). */
  set(sec: number, level: number): void {
    const v = this.values;
    if (sec < 0)
      this.finish(); // past the window: the window ends at the level it had
    else {
      const last = Math.min(sec, v.length);
      for (let s = this.lastSec + 1; s < last; s++) v[s] = this.level;
      if (sec < v.length) {
        if (sec > this.lastSec) v[sec] = Math.max(this.level, level);
        else if ((v[sec] as number) < level) v[sec] = level;
      }
      if (sec > this.lastSec) this.lastSec = sec;
    }
    this.level = level;
  }

  /** Adds `delta` to the level in second `sec`. */
  add(sec: number, delta: number): void {
    this.set(sec, this.level + delta);
  }

  /** Carries the last level to the end of the window; returns the per-second peaks. */
  finish(): number[] {
    const v = this.values;
    for (let s = this.lastSec + 1; s < v.length; s++) v[s] = this.level;
    this.lastSec = v.length - 1;
    return Array.from(v);
  }
}
