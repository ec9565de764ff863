/**
 * Binary min-heap of timed events in struct-of-arrays form (no object per event).
 * Order: time, then class (completions first, so a freed environment serves a request arriving
 * at the same millisecond), then insertion order, which keeps runs deterministic.
 */

import { grown } from "./typed";
export class EventHeap {
  private t: Float64Array;
  private k: Float64Array; // class * 2^40 + sequence
  private type: Int32Array;
  private id: Int32Array;
  private n = 0;
  private seq = 0;
  /** Fields of the last popped event. */
  popT = 0;
  popType = 0;
  popId = 0;

  constructor(capacity = 1024) {
    this.t = new Float64Array(capacity);
    this.k = new Float64Array(capacity);
    this.type = new Int32Array(capacity);
    this.id = new Int32Array(capacity);
  }

  get size(): number {
    return this.n;
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    return this.n > 0 ? (this.t[0] as number) : Infinity;
  }

  /** Adds an event of `type` about `id` at time `t`; class 0 runs before class 1 at equal times. */
  push(t: number, cls: number, type: number, id: number): void {
    if (this.n === this.t.length) this.grow();
    const key = cls * 1099511627776 + this.seq++;
    let i = this.n++;
    const T = this.t,
      K = this.k,
      Ty = this.type,
      I = this.id;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = T[p] as number;
      if (pt < t || (pt === t && (K[p] as number) < key)) break;
      T[i] = pt;
      K[i] = K[p] as number;
      Ty[i] = Ty[p] as number;
      I[i] = I[p] as number;
      i = p;
    }
    T[i] = t;
    K[i] = key;
    Ty[i] = type;
    I[i] = id;
  }

  /** Removes the earliest event into popT/popType/popId; returns false when empty. */
  pop(): boolean {
    if (this.n === 0) return false;
    const T = this.t,
      K = this.k,
      Ty = this.type,
      I = this.id;
    this.popT = T[0] as number;
    this.popType = Ty[0] as number;
    this.popId = I[0] as number;
    const last = --this.n;
    if (last === 0) return true;
    const t = T[last] as number,
      key = K[last] as number,
      ty = Ty[last] as number,
      id = I[last] as number;
    let i = 0;
    const half = last >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      const r = c + 1;
      if (r < last) {
        const ct = T[c] as number,
          rt = T[r] as number;
        if (rt < ct || (rt === ct && (K[r] as number) < (K[c] as number))) c = r;
      }
      const ct = T[c] as number;
      if (t < ct || (t === ct && key < (K[c] as number))) break;
      T[i] = ct;
      K[i] = K[c] as number;
      Ty[i] = Ty[c] as number;
      I[i] = I[c] as number;
      i = c;
    }
    T[i] = t;
    K[i] = key;
    Ty[i] = ty;
    I[i] = id;
    return true;
  }

  private grow(): void {
    const cap = this.t.length * 2;
    this.t = grown(this.t, cap);
    this.k = grown(this.k, cap);
    this.type = grown(this.type, cap);
    this.id = grown(this.id, cap);
  }
}
