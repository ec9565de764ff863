import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import type { PrismaClient } from "@/lib/server/platform/prisma";
import { loadCards } from "./load";
import { LEGACY_PAIR_IDS } from "./legacy-pairs";
import { legacyTarget } from "./legacy-migration";
import { syncContent } from "./sync";

const t0 = new Date("2026-11-27T10:00:00Z");
const t1 = new Date("2026-11-28T10:00:00Z");
const cards = loadCards();
/** Old positions whose pair still exists (the others were replaced by different misconceptions). */
const mapped = Object.values(LEGACY_PAIR_IDS)
  .flat()
  .filter((id) => id !== null).length;

let db: PrismaClient;
let cleanup: () => Promise<void>;
beforeEach(() => void ({ db, cleanup } = freshDb()));
afterEach(() => cleanup());

/**
 * What the sync before pair ids wrote: the same card rows, and two items per pair keyed by the pair's
 * position, with the statement of a true/false item in its prompt. Positions come from the frozen map.
 */
async function syncOldContent() {
  const entries = Object.entries(LEGACY_PAIR_IDS);
  await db.conceptCard.createMany({
    data: entries.map(([cardId]) => {
      const card = cards.find((c) => c.id === cardId);
      const [title, section] = [card?.title ?? cardId, card?.section ?? "Key concepts"];
      return { id: cardId, title, section, topic: "t", domains: "[]", summary: "s", position: 0, contentHash: "old" };
    }),
  });
  await db.reviewItem.createMany({
    data: entries.flatMap(([cardId, pairIds]) =>
      pairIds.flatMap((pairId, index) => {
        const pair = cards.find((c) => c.id === cardId)?.misconceptions.find((m) => m.id === pairId);
        const [wrong, right, why] = [pair?.wrong ?? "an old wrong", pair?.right ?? "an old right", pair?.why ?? "old why"];
        const base = { cardId, pairIndex: index };
        return [
          {
            ...base,
            id: `${cardId}#${index}:choice`,
            kind: "MISCONCEPTION_CHOICE" as const,
            prompt: JSON.stringify({ kind: "choice", cardId, cardTitle: cardId, question: "Which statement is true?" }),
            answer: JSON.stringify({ kind: "choice", right, wrong, why }),
          },
          {
            ...base,
            id: `${cardId}#${index}:tf`,
            kind: "MISCONCEPTION_TF" as const,
            prompt: JSON.stringify({ kind: "truefalse", cardId, cardTitle: cardId, statement: wrong }),
            answer: JSON.stringify({ kind: "truefalse", correct: false, right, why }),
          },
        ];
      }),
    ),
  });
}

const state = (userId: string, itemId: string, reps: number) => ({
  userId,
  itemId,
  due: t1,
  stability: 2.5 + reps,
  difficulty: 5.1,
  elapsedDays: 1,
  scheduledDays: 2,
  learningSteps: 0,
  reps,
  lapses: 1,
  state: 2,
  lastReview: t0,
  version: reps,
});

/** A learner's history on one item: its state and one log row per review (the last one undone). */
async function review(userId: string, itemId: string, reps: number) {
  await db.reviewState.create({ data: state(userId, itemId, reps) });
  for (let v = 0; v < reps; v++) {
    await db.reviewLog.create({
      data: {
        userId,
        itemId,
        idempotencyKey: `${itemId}-${v}`,
        baseVersion: v,
        rating: 3,
        state: 1,
        due: t0,
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        lastElapsed: 0,
        scheduledDays: 1,
        learningSteps: 0,
        reviewedAt: new Date(t0.getTime() + v * 60_000),
        nextDue: t1,
        answer: '["A"]',
        correct: true,
        prevState: "{}",
        undoneAt: v === reps - 1 ? t1 : null,
      },
    });
  }
}

const history = async (userId: string) => ({
  states: await db.reviewState.findMany({ where: { userId }, orderBy: { itemId: "asc" } }),
  logs: await db.reviewLog.findMany({ where: { userId }, orderBy: [{ itemId: "asc" }, { baseVersion: "asc" }] }),
});

const snapshot = async () => ({
  items: await db.reviewItem.findMany({ orderBy: { id: "asc" } }),
  states: await db.reviewState.findMany({ orderBy: [{ userId: "asc" }, { itemId: "asc" }] }),
  logs: await db.reviewLog.findMany({ orderBy: { id: "asc" } }),
});

describe("content sync from position-keyed items to pair ids", () => {
  it("maps every old position to at most one pair, only for cards of the frozen content", () => {
    expect(Object.keys(LEGACY_PAIR_IDS)).toHaveLength(50);
    expect(Object.values(LEGACY_PAIR_IDS).flat()).toHaveLength(142);
    for (const [cardId, ids] of Object.entries(LEGACY_PAIR_IDS)) {
      const named = ids.filter((id) => id !== null);
      expect(new Set(named).size, cardId).toBe(named.length);
    }
    expect(legacyTarget("timeout#0:tf")).toBe(`timeout#${LEGACY_PAIR_IDS.timeout![0]}:tf`);
    expect(legacyTarget("timeout#0:choice")).toBe(`timeout#${LEGACY_PAIR_IDS.timeout![0]}:choice`);
    expect(legacyTarget("timeout#99:tf")).toBeNull();
    expect(legacyTarget("no-such-card#0:tf")).toBeNull();
    expect(legacyTarget(`timeout#${LEGACY_PAIR_IDS.timeout![0]}:tf`)).toBeNull();
  });

  it("carries every learner's states and logs to the same pair's new item, and a second sync changes nothing", async () => {
    await syncOldContent();
    const [ana, bo] = await Promise.all([
      db.user.create({ data: { email: "ana@example.com" } }),
      db.user.create({ data: { email: "bo@example.com" } }),
    ]);
    const reviewed = ["timeout#0:tf", "timeout#2:choice", "reserved-concurrency#1:tf", "provisioned-concurrency#1:choice"];
    for (const [i, id] of reviewed.entries()) await review(ana.id, id, i + 1);
    await review(bo.id, "timeout#0:tf", 3);
    const before = { ana: await history(ana.id), bo: await history(bo.id) };

    const r = await syncContent(db, cards, t1);

    const moved = (h: Awaited<ReturnType<typeof history>>) => ({
      states: h.states.map((s) => ({ ...s, itemId: legacyTarget(s.itemId) ?? "unmapped" })),
      logs: h.logs.map((l) => ({ ...l, itemId: legacyTarget(l.itemId) ?? "unmapped" })),
    });
    const sortBoth = (h: Awaited<ReturnType<typeof history>>) => ({
      states: [...h.states].sort((a, b) => a.itemId.localeCompare(b.itemId)),
      logs: [...h.logs].sort((a, b) => a.itemId.localeCompare(b.itemId) || a.baseVersion - b.baseVersion),
    });
    expect(sortBoth(await history(ana.id))).toEqual(sortBoth(moved(before.ana)));
    expect(await history(bo.id)).toEqual(moved(before.bo));
    for (const s of (await history(ana.id)).states) {
      expect((await db.reviewItem.findUniqueOrThrow({ where: { id: s.itemId } })).retiredAt).toBeNull();
    }
    expect(r.migrated).toEqual({ items: 2 * mapped, states: 5, logs: 1 + 2 + 3 + 4 + 3 });
    // Every mapped old item handed over to its pair's new item and is gone; dropped pairs' items are retired.
    const oldLeft = (await db.reviewItem.findMany()).filter((i) => /#\d+:(choice|tf)$/.test(i.id));
    expect(oldLeft).toHaveLength(2 * (142 - mapped));
    expect(oldLeft.every((i) => i.retiredAt?.getTime() === t1.getTime())).toBe(true);

    const after = await snapshot();
    const again = await syncContent(db, cards, new Date("2026-11-29T10:00:00Z"));
    expect(again.migrated).toEqual({ items: 0, states: 0, logs: 0 });
    expect(again.items).toMatchObject({ created: 0, updated: 0, retired: 0 });
    expect(await snapshot()).toEqual(after);
  });

  it("leaves the history of a dropped pair on its retired old item", async () => {
    await syncOldContent();
    const user = await db.user.create({ data: { email: "dropped@example.com" } });
    await review(user.id, "timeout#1:tf", 2);
    // The content no longer has the pair that was at position 1.
    const dropped = LEGACY_PAIR_IDS.timeout![1]!;
    const without = cards.map((c) =>
      c.id === "timeout" ? { ...c, misconceptions: c.misconceptions.filter((m) => m.id !== dropped) } : c,
    );
    const r = await syncContent(db, without, t1);
    expect(r.migrated.items).toBe(2 * mapped - 2);
    expect(await db.reviewState.findMany({ where: { userId: user.id } })).toMatchObject([{ itemId: "timeout#1:tf" }]);
    expect(await db.reviewLog.count({ where: { userId: user.id, itemId: "timeout#1:tf" } })).toBe(2);
    expect((await db.reviewItem.findUniqueOrThrow({ where: { id: "timeout#1:tf" } })).retiredAt).toEqual(t1);
  });

  it("keeps both when a learner already has a state on the new item, and moves the others' history", async () => {
    await syncOldContent();
    await syncContent(db, cards, t0);
    const [clash, other] = await Promise.all([
      db.user.create({ data: { email: "clash@example.com" } }),
      db.user.create({ data: { email: "other@example.com" } }),
    ]);
    // Recreate an old item after the first migration, as a hand-made database might hold it.
    const target = legacyTarget("timeout#0:tf")!;
    await db.reviewItem.create({
      data: { id: "timeout#0:tf", kind: "MISCONCEPTION_TF", cardId: "timeout", pairIndex: 0, prompt: "{}", answer: "{}" },
    });
    await review(clash.id, "timeout#0:tf", 1);
    await db.reviewState.create({ data: state(clash.id, target, 5) });
    await review(other.id, "timeout#0:tf", 2);

    const r = await syncContent(db, cards, t1);
    expect(r.migrated).toEqual({ items: 1, states: 1, logs: 2 });
    expect(await db.reviewState.findMany({ where: { userId: clash.id }, orderBy: { itemId: "asc" } })).toMatchObject([
      { itemId: "timeout#0:tf", reps: 1 },
      { itemId: target, reps: 5 },
    ]);
    expect(await db.reviewState.findMany({ where: { userId: other.id } })).toMatchObject([{ itemId: target, reps: 2 }]);
    expect((await db.reviewItem.findUniqueOrThrow({ where: { id: "timeout#0:tf" } })).retiredAt).toEqual(t1);
  });
});
