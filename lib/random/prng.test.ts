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

  it("hashes strings stably", () => {
    expect(hashString("timeout#0:choice")).toBe(hashString("timeout#0:choice"));
    expect(hashString("a")).not.toBe(hashString("b"));
  });
});
