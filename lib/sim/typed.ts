type Growable = Int32Array | Float64Array | Float32Array | Uint16Array | Uint8Array;

/** A copy of a typed array with room for `n` elements (the new tail is zero). */
export function grown<T extends Growable>(a: T, n: number): T {
  const b = new (a.constructor as new (length: number) => T)(n);
  b.set(a as never);
  return b;
}
