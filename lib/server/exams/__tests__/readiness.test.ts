import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import { loadCards } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import type { Domain } from "@/lib/content/schema";
import type { PrismaClient } from "../../platform/prisma";
import { startAttempt } from "../start";
import { saveAnswer } from "../save";
import { submitByLearner } from "../finish";
import { getReadiness } from "../readiness";
import { keyOf, seedFixtureBank, user } from "./fixtures";

const now = new Date("2026-12-01T09:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
let db: PrismaClient;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ db, cleanup } = freshDb());
  await syncContent(db, loadCards(), daysAgo(60));
  await seedFixtureBank(db, { perDomain: { D1: 30, D2: 30, D3: 30, D4: 30 } });
});
afterEach(() => cleanup());

/** A learner with `mocks` submitted timed mocks answered right with each domain's probability, and reviewed cards at recall about `recall`. */
async function seededLearner(email: string, accuracy: Record<Domain, number>, mocks: number, recall: "low" | "high") {
  const id = (await user(db, email)).id;
  for (let m = 0; m < mocks; m++) {
    const start = daysAgo(10 - m * 3);
    const a = await startAttempt(db, id, { mode: "TIMED", count: 40 }, start, 100 + m);
    const rows = await db.examAnswer.findMany({
      where: { attemptId: a.id },
      select: { position: true, question: { select: { domain: true } } },
      orderBy: { position: "asc" },
    });
    const seen: Record<string, number> = {};
    for (const r of rows) {
      const d = r.question.domain as Domain;
      seen[d] = (seen[d] ?? 0) + 1;
      // Deterministic: the first accuracy × 100 % of each domain's questions are answered right.
      const right = (seen[d] % 10) / 10 < accuracy[d];
      const key = await keyOf(db, a.id, r.position);
      await saveAnswer(
        db,
        id,
        a.id,
        r.position,
        { selected: right ? key.right : key.wrong.slice(0, 1), flagged: false, struck: [], revision: 1 },
        new Date(start.getTime() + 1000),
      );
    }
    await submitByLearner(db, id, a.id, new Date(start.getTime() + 3_600_000));
  }
  const items = await db.reviewItem.findMany({ where: { kind: { not: "QUESTION" } }, select: { id: true }, take: 60 });
  await db.reviewState.createMany({
    data: items.map((i) => ({
      userId: id,
      itemId: i.id,
      due: daysAgo(recall === "low" ? 40 : -30),
      stability: recall === "low" ? 2 : 120,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: recall === "low" ? 2 : 120,
      learningSteps: 0,
      reps: 3,
      lapses: 0,
      state: 2,
      lastReview: daysAgo(recall === "low" ? 42 : 5),
    })),
  });
  return id;
}

describe("readiness from a learner's history", () => {
  it("makes no estimate for a learner with no history", async () => {
    const id = (await user(db, "new@example.com")).id;
    expect(await getReadiness(db, id, now)).toMatchObject({ status: "insufficient", evidence: 0 });
  });

  it("predicts a fail with the weakest domain named for a weak history", async () => {
    const id = await seededLearner("weak@example.com", { D1: 0.5, D2: 0.6, D3: 0.2, D4: 0.5 }, 2, "low");
    const r = await getReadiness(db, id, now);
    if (r.status !== "estimate") throw new Error("expected an estimate");
    expect(r.predicted).toBeLessThan(700);
    expect(r.high).toBeLessThan(750);
    expect(r.weakest).toBe("D3");
    expect(r.domains.D3.mockAnswers).toBeGreaterThan(0);
    expect(r.domains.D3.recallItems).toBeGreaterThan(0);
  });

  it("predicts a pass for a strong history", async () => {
    const id = await seededLearner("strong@example.com", { D1: 1, D2: 0.9, D3: 1, D4: 1 }, 3, "high");
    const r = await getReadiness(db, id, now);
    if (r.status !== "estimate") throw new Error("expected an estimate");
    expect(r.predicted).toBeGreaterThan(850);
    expect(r.low).toBeGreaterThan(750);
    expect(r.passChance).toBeGreaterThan(0.9);
  });
});
