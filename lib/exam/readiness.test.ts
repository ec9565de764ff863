import { describe, expect, it } from "vitest";
import { DOMAINS, type Domain } from "@/lib/content/schema";
import { SAP_C02 } from "./blueprint";
import { estimateReadiness, normalCdf, RECALL_CAP, type ReadinessInput } from "./readiness";
import { Prng } from "@/lib/random/prng";

const now = new Date("2026-12-01T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

/**
 * A seeded history: `mocks` past attempts of 65 scored answers spread over the domains, each
 * answered right with the domain's probability, and `items` reviewed items per domain at recall R.
 */
function history(opts: {
  accuracy: Record<Domain, number>;
  mocks: number;
  recall: number;
  items: number;
  ageDays?: number;
}): ReadinessInput {
  const rng = new Prng(99);
  const answers: ReadinessInput["answers"][number][] = [];
  for (let m = 0; m < opts.mocks; m++) {
    for (let i = 0; i < 65; i++) {
      const domain = DOMAINS[i % 4]!;
      answers.push({ domain, correct: rng.next() < opts.accuracy[domain], at: daysAgo((opts.ageDays ?? 2) + m * 3) });
    }
  }
  const recall = DOMAINS.flatMap((d) => Array.from({ length: opts.items }, () => ({ domains: [d], r: opts.recall })));
  return { now, answers, recall, blueprint: SAP_C02 };
}
const all = (p: number) => ({ D1: p, D2: p, D3: p, D4: p });

describe("the readiness estimate", () => {
  it("makes no estimate without history (none)", () => {
    expect(estimateReadiness({ now, answers: [], recall: [], blueprint: SAP_C02 })).toEqual({
      status: "insufficient",
      evidence: 0,
      needed: 5,
    });
    // Four reviewed items are one observation: still not enough.
    const r = estimateReadiness({ now, answers: [], recall: [{ domains: ["D2"], r: 0.9 }], blueprint: SAP_C02 });
    expect(r.status).toBe("insufficient");
  });

  it("predicts a fail for a weak learner, with a range around it, and names the weakest domain", () => {
    const r = estimateReadiness(
      history({ accuracy: { D1: 0.55, D2: 0.5, D3: 0.3, D4: 0.6 }, mocks: 3, recall: 0.5, items: 30 }),
    );
    if (r.status !== "estimate") throw new Error("expected an estimate");
    expect(r.predicted).toBeLessThan(700);
    expect(r.high).toBeLessThan(750);
    expect(r.low).toBeLessThan(r.predicted);
    expect(r.high).toBeGreaterThan(r.predicted);
    expect(r.passChance).toBeLessThan(0.05);
    expect(r.weakest).toBe("D3");
    expect(r.untested).toEqual([]);
  });

  it("predicts a pass for a strong learner with a narrower range", () => {
    const strong = estimateReadiness(history({ accuracy: all(0.9), mocks: 4, recall: 0.95, items: 40 }));
    const weakFewer = estimateReadiness(history({ accuracy: all(0.9), mocks: 1, recall: 0.95, items: 0 }));
    if (strong.status !== "estimate" || weakFewer.status !== "estimate") throw new Error("expected estimates");
    expect(strong.predicted).toBeGreaterThan(850);
    expect(strong.low).toBeGreaterThan(750);
    expect(strong.passChance).toBeGreaterThan(0.95);
    // More evidence, narrower range.
    expect(strong.high - strong.low).toBeLessThan(weakFewer.high - weakFewer.low);
  });

  it("weighs recent mocks more than old ones", () => {
    const recentGood = history({ accuracy: all(0.9), mocks: 1, recall: 0, items: 0, ageDays: 1 });
    const oldBad = history({ accuracy: all(0.3), mocks: 1, recall: 0, items: 0, ageDays: 120 });
    const mixed = estimateReadiness({ ...recentGood, answers: [...recentGood.answers, ...oldBad.answers] });
    if (mixed.status !== "estimate") throw new Error("expected an estimate");
    expect(mixed.predicted).toBeGreaterThan(750);
  });

  it("caps what a large deck of reviewed items can say, and names untested domains", () => {
    const recall = Array.from({ length: 400 }, () => ({ domains: ["D2" as Domain], r: 0.99 }));
    const r = estimateReadiness({ now, answers: [], recall, blueprint: SAP_C02 });
    if (r.status !== "estimate") throw new Error("expected an estimate");
    expect(r.domains.D2.evidence).toBeCloseTo(RECALL_CAP);
    expect(r.domains.D2.recallItems).toBe(400);
    expect(r.untested).toEqual(["D1", "D3", "D4"]);
    expect(r.weakest).toBe("D2"); // the only domain with evidence
    // Three domains unknown: the range stays wide.
    expect(r.high - r.low).toBeGreaterThan(200);
  });

  it("uses an accurate normal CDF", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.6449)).toBeCloseTo(0.95, 4);
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 4);
  });
});
