import { describe, expect, it } from "vitest";
import { DEFAULT_REVIEW_SETTINGS } from "@/lib/validations/review-settings";
import { reviewStats, type StatLog, type StatState } from "./stats";

const now = new Date("2026-11-27T15:00:00Z");
const DAY = 86_400_000;
const daysAgo = (d: number, h = 10) => new Date(Date.UTC(2026, 10, 27 - d, h));

const st = (over: Partial<StatState>): StatState => ({
  due: now,
  stability: 10,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 10,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  state: 2,
  lastReview: daysAgo(5),
  sections: ["Key concepts"],
  domains: ["D2"],
  ...over,
});

describe("reviewStats", () => {
  it("counts reviews per day over 30 UTC days, oldest first", () => {
    const logs: StatLog[] = [
      { reviewedAt: daysAgo(0), rating: 3, state: 0 },
      { reviewedAt: daysAgo(0), rating: 1, state: 2 },
      { reviewedAt: daysAgo(2), rating: 3, state: 2 },
      { reviewedAt: daysAgo(40), rating: 3, state: 2 },
    ];
    const s = reviewStats(logs, [], now, DEFAULT_REVIEW_SETTINGS);
    expect(s.perDay).toHaveLength(30);
    expect(s.perDay.at(-1)).toEqual({ date: "2026-11-27", reviews: 2 });
    expect(s.perDay.at(-3)).toEqual({ date: "2026-11-25", reviews: 1 });
    expect(s.perDay[0]!.date).toBe("2026-10-29");
    expect(s.totals).toMatchObject({ reviews: 4, today: 2 });
  });

  it("computes true retention on review-state items only", () => {
    const logs: StatLog[] = [
      { reviewedAt: daysAgo(1), rating: 3, state: 2 },
      { reviewedAt: daysAgo(1), rating: 2, state: 2 },
      { reviewedAt: daysAgo(1), rating: 4, state: 2 },
      { reviewedAt: daysAgo(1), rating: 1, state: 2 },
      { reviewedAt: daysAgo(1), rating: 1, state: 1 }, // learning: not counted
      { reviewedAt: daysAgo(1), rating: 3, state: 0 }, // new: not counted
    ];
    expect(reviewStats(logs, [], now, DEFAULT_REVIEW_SETTINGS).retention).toEqual({
      desired: 0.9,
      actual: 0.75,
      reviews: 4,
    });
    expect(reviewStats([], [], now, DEFAULT_REVIEW_SETTINGS).retention.actual).toBeNull();
  });

  it("forecasts due items per day, counting overdue ones today and ignoring new items", () => {
    const states = [
      st({ due: daysAgo(3) }),
      st({ due: new Date(now.getTime() + 2 * DAY) }),
      st({ state: 0 }),
      st({ due: new Date(now.getTime() + 90 * DAY) }),
    ];
    const f = reviewStats([], states, now, DEFAULT_REVIEW_SETTINGS).forecast;
    expect(f).toHaveLength(30);
    expect(f[0]).toEqual({ date: "2026-11-27", due: 1 });
    expect(f[2]).toEqual({ date: "2026-11-29", due: 1 });
    expect(f.reduce((a, d) => a + d.due, 0)).toBe(2);
  });

  it("reports mastery as mean recall probability per section and domain", () => {
    const states = [
      st({ sections: ["Integrations"], domains: ["D2", "D3"], lastReview: now, stability: 100 }),
      st({ sections: ["Integrations"], domains: ["D3"], lastReview: daysAgo(100), stability: 1 }),
      st({ sections: ["Integrations"], domains: ["D3"], state: 0 }),
    ];
    const m = reviewStats([], states, now, DEFAULT_REVIEW_SETTINGS).mastery;
    const integ = m.bySection.find((r) => r.key === "Integrations")!;
    expect(integ).toMatchObject({ items: 3, started: 2 });
    // One item just reviewed (recall ≈ 1), one 100 days past a 1-day stability (recall ≈ 0.5 on FSRS's power curve).
    expect(integ.meanRecall!).toBeGreaterThan(0.7);
    expect(integ.meanRecall!).toBeLessThan(0.8);
    expect(m.byDomain.find((r) => r.key === "D2")!.meanRecall).toBeCloseTo(1, 2);
    expect(m.byDomain.find((r) => r.key === "D3")!.meanRecall!).toBeLessThan(integ.meanRecall! + 1e-9);
  });

  it("counts the streak back from today, or from yesterday before today's first review", () => {
    const on = (...d: number[]) => d.map((x) => ({ reviewedAt: daysAgo(x), rating: 3, state: 2 }));
    expect(reviewStats(on(0, 1, 2, 4), [], now, DEFAULT_REVIEW_SETTINGS).streak).toBe(3);
    expect(reviewStats(on(1, 2), [], now, DEFAULT_REVIEW_SETTINGS).streak).toBe(2);
    expect(reviewStats(on(2, 3), [], now, DEFAULT_REVIEW_SETTINGS).streak).toBe(0);
  });
});
