/** The lanes' time axis: round steps that fit the width, from 0 to the end of the run. */
import { describe, expect, it } from "vitest";
import { axisTicks } from "./TimeAxis";

describe("axisTicks", () => {
  it("labels a 10 s run every second on a wide screen and every 5 s on a phone", () => {
    expect(axisTicks(10_000, 900)).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10_000]);
    expect(axisTicks(10_000, 330)).toEqual([0, 5000, 10_000]);
  });

  it("never gives more labels than fit, even for long runs", () => {
    for (const d of [1_000, 60_000, 300_000, 3_600_000]) {
      for (const w of [200, 700, 1200]) {
        const ticks = axisTicks(d, w);
        expect(ticks[0]).toBe(0);
        expect(ticks.length).toBeLessThanOrEqual(Math.max(2, Math.floor(w / 80)) + 1);
        expect(ticks.at(-1)!).toBeLessThanOrEqual(d);
      }
    }
  });
});
