/**
 * Execution environments: a global struct-of-arrays table plus, per function, a deque of idle
 * on-demand environments (most recently used on top, oldest at the bottom so idle expiry is
 * a cheap scan from the bottom) and a stack of idle provisioned ones.
 */

import { grown } from "./typed";

/** All environments of a run. */
export class EnvTable {
  count = 0;
  idleSince = new Float64Array(256);
  needsInit = new Uint8Array(256);
  provisioned = new Uint8Array(256);

  /** Creates an environment; `needsInit` = 1 when its Init has not run yet. */
  create(provisioned: boolean, needsInit: boolean): number {
    if (this.count === this.idleSince.length) this.grow();
    const id = this.count++;
    this.provisioned[id] = provisioned ? 1 : 0;
    this.needsInit[id] = needsInit ? 1 : 0;
    this.idleSince[id] = 0;
    return id;
  }

  private grow(): void {
    const cap = this.idleSince.length * 2;
    this.idleSince = grown(this.idleSince, cap);
    this.needsInit = grown(this.needsInit, cap);
    this.provisioned = grown(this.provisioned, cap);
  }
}

/** Idle environments of one function, ordered by the time they became idle. */
export class IdleDeque {
  private ids = new Int32Array(64);
  private lo = 0;
  private hi = 0;

  get size(): number {
    return this.hi - this.lo;
  }

  /** Adds an environment that just became idle (the newest). */
  push(id: number): void {
    if (this.hi === this.ids.length) {
      if (this.lo > 0) {
        this.ids.copyWithin(0, this.lo, this.hi);
        this.hi -= this.lo;
        this.lo = 0;
      } else {
        const next = new Int32Array(this.ids.length * 2);
        next.set(this.ids);
        this.ids = next;
      }
    }
    this.ids[this.hi++] = id;
  }

  /** Takes the most recently used environment (AWS tends to reuse warm ones; order is not guaranteed). */
  popNewest(): number {
    const id = this.ids[--this.hi] as number;
    if (this.hi === this.lo) this.lo = this.hi = 0;
    return id;
  }

  /** Drops environments idle for at least `ttlMs` at time `t`; returns how many expired. */
  expire(envs: EnvTable, t: number, ttlMs: number): number {
    let n = 0;
    while (this.lo < this.hi && t - (envs.idleSince[this.ids[this.lo] as number] as number) >= ttlMs) {
      this.lo++;
      n++;
    }
    if (this.lo === this.hi) this.lo = this.hi = 0;
    return n;
  }
}
