import { describe, expect, it } from "vitest";
import { hashString, Prng, shuffled } from "./prng";

describe("shared PRNG", () => {
  it("repeats the same sequence for the same seed and differs across seeds", () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const c = new Prng(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("shuffles into a permutation, deterministically", () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const s1 = shuffled(items, new Prng(7));
    expect([...s1].sort()).toEqual(items);
    expect(shuffled(items, new Prng(7))).toEqual(s1);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("hashes strings with 32-bit FNV-1a (the published test vectors), so seeds never change across releases", () => {
    expect(hashString("")).toBe(0x811c9dc5);
    expect(hashString("a")).toBe(0xe40c292c);
    expect(hashString("foobar")).toBe(0xbf9cf968);
  });
});
