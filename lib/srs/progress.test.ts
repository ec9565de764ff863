import { describe, expect, it } from "vitest";
import { cardProgress, MASTERED_INTERVAL_DAYS } from "./progress";

const review = (days: number) => ({ state: 2, scheduledDays: days });

describe("cardProgress", () => {
  it("is not started when nothing was added", () => expect(cardProgress([], 4)).toBe("not-started"));
  it("is new when added but never reviewed", () =>
    expect(cardProgress([{ state: 0, scheduledDays: 0 }], 2)).toBe("new"));
  it("is learning while any item is in (re)learning or young", () => {
    expect(cardProgress([{ state: 1, scheduledDays: 0 }, review(30)], 2)).toBe("learning");
    expect(cardProgress([review(MASTERED_INTERVAL_DAYS - 1), review(30)], 2)).toBe("learning");
    expect(cardProgress([{ state: 3, scheduledDays: 0 }, review(30)], 2)).toBe("learning");
  });
  it("is mastered when every item is in review at 21+ days", () =>
    expect(cardProgress([review(21), review(40)], 2)).toBe("mastered"));
  it("is not mastered while some of the card's items were never added", () =>
    expect(cardProgress([review(40)], 2)).toBe("learning"));
});
