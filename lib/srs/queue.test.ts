import { describe, expect, it } from "vitest";
import { DEFAULT_REVIEW_SETTINGS } from "@/lib/validations/review-settings";
import { buildQueue, LEARN_AHEAD_MS, spreadGroups, type QueueEntry } from "./queue";

const now = new Date("2026-11-27T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const DAY = 86_400_000;
let seq = 0;

function entry(over: Partial<QueueEntry> & { itemId: string }): QueueEntry {
  return {
    group: over.itemId.split("#")[0]!,
    due: now,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
    lastReview: null,
    addedAt: ago(DAY),
    order: seq++,
    ...over,
  };
}

const review = (itemId: string, stability: number, lastReviewDaysAgo: number, dueDaysAgo: number) =>
  entry({
    itemId,
    state: 2,
    stability,
    difficulty: 5,
    reps: 3,
    lastReview: ago(lastReviewDaysAgo * DAY),
    due: ago(dueDaysAgo * DAY),
  });

describe("buildQueue", () => {
  it("puts due learning items first, then due reviews by lowest retrievability, then new items", () => {
    const q = buildQueue(
      [
        entry({ itemId: "n1#0:choice", state: 0 }),
        review("r-mild#0:tf", 10, 11, 1), // slightly overdue, stable
        entry({ itemId: "l-late#0:tf", state: 1, due: ago(60_000), reps: 1 }),
        review("r-bad#0:tf", 2, 12, 10), // long overdue, unstable: lowest recall
        entry({ itemId: "l-early#0:tf", state: 3, due: ago(600_000), reps: 4, lapses: 1 }),
        review("r-notdue#0:tf", 10, 1, -5),
      ],
      now,
      DEFAULT_REVIEW_SETTINGS,
      0,
    );
    expect(q.entries.map((e) => e.itemId)).toEqual([
      "l-early#0:tf",
      "l-late#0:tf",
      "r-bad#0:tf",
      "r-mild#0:tf",
      "n1#0:choice",
    ]);
    expect(q.counts).toEqual({ learning: 2, review: 2, new: 1 });
    expect(q.learnAhead).toBe(false);
  });

  it("limits new items to what is left of today's allowance, oldest added first", () => {
    const fresh = Array.from({ length: 8 }, (_, i) =>
      entry({ itemId: `c${i}#0:choice`, addedAt: ago((10 - i) * 1000) }),
    );
    const settings = { ...DEFAULT_REVIEW_SETTINGS, newPerDay: 5 };
    expect(buildQueue(fresh, now, settings, 0).entries.map((e) => e.itemId)).toEqual([
      "c0#0:choice",
      "c1#0:choice",
      "c2#0:choice",
      "c3#0:choice",
      "c4#0:choice",
    ]);
    expect(buildQueue(fresh, now, settings, 3).counts.new).toBe(2);
    expect(buildQueue(fresh, now, settings, 7).entries).toEqual([]);
  });

  it("shows learning steps due within 20 minutes early only when nothing else is due", () => {
    const soon = entry({ itemId: "s#0:tf", state: 1, due: new Date(now.getTime() + LEARN_AHEAD_MS - 1000) });
    const later = entry({ itemId: "t#0:tf", state: 1, due: new Date(now.getTime() + LEARN_AHEAD_MS + 1000) });
    const q = buildQueue([later, soon], now, DEFAULT_REVIEW_SETTINGS, 0);
    expect(q.entries.map((e) => e.itemId)).toEqual(["s#0:tf"]);
    expect(q.learnAhead).toBe(true);
    const withNew = buildQueue([soon, entry({ itemId: "n#0:tf" })], now, DEFAULT_REVIEW_SETTINGS, 0);
    expect(withNew.entries.map((e) => e.itemId)).toEqual(["n#0:tf"]);
  });

  it("never shows a card's two items back to back when another card can go between", () => {
    const items = ["a", "b", "c"].flatMap((card) =>
      [0, 1].flatMap((pair) => [entry({ itemId: `${card}#${pair}:choice` }), entry({ itemId: `${card}#${pair}:tf` })]),
    );
    const ids = buildQueue(items, now, DEFAULT_REVIEW_SETTINGS, 0).entries.map((e) => e.itemId);
    expect(ids).toHaveLength(12);
    for (let i = 1; i < ids.length; i++) expect(ids[i]!.split("#")[0]).not.toBe(ids[i - 1]!.split("#")[0]);
    // Item types alternate within a card: its choice item comes before its true/false item.
    expect(ids.indexOf("a#0:choice")).toBeLessThan(ids.indexOf("a#0:tf"));
  });
});

describe("spreadGroups", () => {
  it("keeps order when no neighbours clash and falls back when only one group is left", () => {
    expect(spreadGroups([{ group: "a" }, { group: "b" }, { group: "a" }]).map((x) => x.group)).toEqual(["a", "b", "a"]);
    expect(spreadGroups([{ group: "a" }, { group: "a" }, { group: "b" }]).map((x) => x.group)).toEqual(["a", "b", "a"]);
    expect(spreadGroups([{ group: "a" }, { group: "a" }]).map((x) => x.group)).toEqual(["a", "a"]);
  });
});
