import { describe, expect, it } from "vitest";
import { loadCards } from "@/lib/content/load";
import { toSummary } from "@/lib/content/catalog";
import { filterCards } from "./filter";

const cards = loadCards().map(toSummary);
const none = { q: "", section: "", domain: "", progress: "" };

describe("filterCards", () => {
  it("returns everything with no filter", () => expect(filterCards(cards, none, {})).toHaveLength(cards.length));

  it("filters by domain", () => {
    const d4 = filterCards(cards, { ...none, domain: "D4" }, {});
    expect(d4.length).toBeGreaterThan(0);
    expect(d4.length).toBeLessThan(cards.length);
    expect(d4.every((c) => c.domains.includes("D4"))).toBe(true);
  });

  it("filters by section and search words together", () => {
    const r = filterCards(cards, { ...none, section: "Configuration and management", q: "reserved" }, {});
    expect(r.map((c) => c.id)).toContain("reserved-concurrency");
    expect(r.every((c) => c.section === "Configuration and management")).toBe(true);
  });

  it("filters by the learner's progress, treating unknown cards as not started", () => {
    const r = filterCards(cards, { ...none, progress: "learning" }, { timeout: "learning", retries: "mastered" });
    expect(r.map((c) => c.id)).toEqual(["timeout"]);
    expect(filterCards(cards, { ...none, progress: "not-started" }, { timeout: "learning" })).toHaveLength(
      cards.length - 1,
    );
  });

  it("finds nothing for a nonsense query", () => expect(filterCards(cards, { ...none, q: "zzzxqv" }, {})).toEqual([]));
});
