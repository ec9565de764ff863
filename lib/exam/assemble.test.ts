import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOMAINS, type Domain } from "@/lib/content/schema";
import { assembleExam, domainQuotas, type PoolQuestion } from "./assemble";
import { SAP_C02, SAP_C02_WEIGHTS, studyBlueprint, timedBlueprint } from "./blueprint";

/** A generated bank: `perDomain[d]` questions in each domain, ids "D1-007". */
function bank(perDomain: Partial<Record<Domain | "none", number>>): PoolQuestion[] {
  return Object.entries(perDomain).flatMap(([d, n]) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${d}-${String(i).padStart(3, "0")}`,
      domain: d === "none" ? null : (d as Domain),
    })),
  );
}
const countBy = (pool: PoolQuestion[], ids: string[]) => {
  const domainOf = new Map(pool.map((q) => [q.id, q.domain ?? "none"]));
  const out: Record<string, number> = {};
  for (const id of ids) out[domainOf.get(id)!] = (out[domainOf.get(id)!] ?? 0) + 1;
  return out;
};
const none0 = { D1: 0, D2: 0, D3: 0, D4: 0, none: 0 };

describe("domain quotas", () => {
  it("splits 75 questions 20 / 22 / 19 / 15 by the SAP-C02 weights (largest remainder)", () => {
    // 19.5, 21.75, 18.75, 15 → floors 19+21+18+15 = 73; the two largest remainders (D2, D3 .75) get one each.
    expect(domainQuotas(75, SAP_C02_WEIGHTS, { D1: 99, D2: 99, D3: 99, D4: 99, none: 0 })).toEqual({
      D1: 19,
      D2: 22,
      D3: 19,
      D4: 15,
      none: 0,
    });
  });

  it("moves a domain's shortfall to the other weighted domains before unweighted ones", () => {
    const q = domainQuotas(75, SAP_C02_WEIGHTS, { D1: 99, D2: 99, D3: 99, D4: 5, none: 50 });
    expect(q.D4).toBe(5);
    expect(q.none).toBe(0);
    expect(q.D1 + q.D2 + q.D3).toBe(70);
    expect(q.D2).toBeGreaterThan(q.D1);
    const section = domainQuotas(20, studyBlueprint(20, "D3").weights, { ...none0, D3: 8, D1: 30 });
    expect(section).toEqual({ ...none0, D3: 8, D1: 12 });
  });

  it("draws everything there is when the bank is smaller than the exam", () => {
    expect(domainQuotas(75, SAP_C02_WEIGHTS, { D1: 6, D2: 7, D3: 6, D4: 5, none: 0 })).toEqual({
      D1: 6,
      D2: 7,
      D3: 6,
      D4: 5,
      none: 0,
    });
  });
});

describe("assembling an exam", () => {
  const pool = bank({ D1: 60, D2: 60, D3: 60, D4: 60 });

  it("draws a full mock to the weights with 65 scored and 10 unscored questions, none twice", () => {
    const exam = assembleExam(pool, SAP_C02, 42);
    expect(exam).toHaveLength(75);
    expect(new Set(exam.map((d) => d.questionId)).size).toBe(75);
    expect(
      countBy(
        pool,
        exam.map((d) => d.questionId),
      ),
    ).toEqual({ D1: 19, D2: 22, D3: 19, D4: 15 });
    expect(exam.filter((d) => d.scored)).toHaveLength(65);
  });

  it("is deterministic for a seed, whatever order the pool arrives in, and differs between seeds", () => {
    const a = assembleExam(pool, SAP_C02, 7);
    expect(assembleExam([...pool].reverse(), SAP_C02, 7)).toEqual(a);
    const b = assembleExam(pool, SAP_C02, 8);
    expect(b.map((d) => d.questionId)).not.toEqual(a.map((d) => d.questionId));
  });

  it("prefers questions the learner has not seen recently, and uses them only to fill a domain", () => {
    const first = assembleExam(pool, SAP_C02, 1);
    const recent = new Set(first.map((d) => d.questionId));
    const second = assembleExam(pool, SAP_C02, 2, recent);
    // 60 per domain leaves at least 38 fresh questions in each: no repeats at all.
    expect(second.filter((d) => recent.has(d.questionId))).toEqual([]);

    const small = bank({ D1: 25, D2: 25, D3: 25, D4: 25 });
    const s1 = assembleExam(small, SAP_C02, 1);
    const s2 = assembleExam(small, SAP_C02, 2, new Set(s1.map((d) => d.questionId)));
    // 100 questions, 75 seen: the second exam holds all 25 unseen ones, then the fewest repeats it can.
    expect(s2.filter((d) => !s1.some((x) => x.questionId === d.questionId))).toHaveLength(25);
  });

  it("scales the unscored share and time for a short timed mock and scores everything in study modes", () => {
    const short = timedBlueprint(20);
    expect(short).toMatchObject({ count: 20, unscored: 3, minutes: 48, feedback: "end" });
    expect(assembleExam(pool, short, 3).filter((d) => !d.scored)).toHaveLength(3);
    const practice = assembleExam(pool, studyBlueprint(20), 3);
    expect(practice.every((d) => d.scored)).toBe(true);
    expect(assembleExam(pool.slice(0, 10), SAP_C02, 3)).toHaveLength(10);
    expect(assembleExam([], SAP_C02, 3)).toEqual([]);
  });

  it("never repeats a question, never exceeds the count and keeps every domain within one of its weight (property)", () => {
    fc.assert(
      fc.property(
        fc.record({ D1: fc.nat(40), D2: fc.nat(40), D3: fc.nat(40), D4: fc.nat(40), none: fc.nat(10) }),
        fc.integer({ min: 1, max: 75 }),
        fc.integer(),
        (sizes, count, seed) => {
          const p = bank(sizes);
          const bp = timedBlueprint(count);
          const exam = assembleExam(p, bp, seed);
          const ids = exam.map((d) => d.questionId);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids.length).toBe(Math.min(count, p.length));
          const got = countBy(p, ids);
          // Where every domain has plenty, each gets its share of the count to within one question.
          if (DOMAINS.every((d) => sizes[d] >= count)) {
            for (const d of DOMAINS) expect(Math.abs((got[d] ?? 0) - count * SAP_C02_WEIGHTS[d])).toBeLessThan(1);
          }
        },
      ),
      { seed: Number(process.env.FC_SEED ?? 1202), numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });
});
