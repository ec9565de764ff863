import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import type { PrismaClient } from "@/lib/server/platform/prisma";
import { loadCards } from "./load";
import type { Card } from "./parse";
import { syncContent } from "./sync";

const t0 = new Date("2026-11-27T10:00:00Z");
const t1 = new Date("2026-11-28T10:00:00Z");
const cards = loadCards();
const pairs = cards.reduce((n, c) => n + c.misconceptions.length, 0);

let db: PrismaClient;
let cleanup: () => Promise<void>;
beforeEach(() => void ({ db, cleanup } = freshDb()));
afterEach(() => cleanup());

const snapshot = async () => ({
  cards: await db.conceptCard.findMany({ orderBy: { id: "asc" } }),
  items: await db.reviewItem.findMany({ orderBy: { id: "asc" } }),
});

function edited(id: string, edit: (c: Card) => Card): Card[] {
  return cards.map((c) => (c.id === id ? edit(structuredClone(c)) : c));
}

describe("syncContent", () => {
  it("creates every card and two items per misconception pair", async () => {
    const r = await syncContent(db, cards, t0);
    expect(r.cards.created).toBe(cards.length);
    expect(r.items.created).toBe(2 * pairs);
    expect(await db.reviewItem.count({ where: { kind: "MISCONCEPTION_CHOICE" } })).toBe(pairs);
    expect(await db.reviewItem.count({ where: { kind: "MISCONCEPTION_TF" } })).toBe(pairs);
  });

  it("is idempotent: a second run reports no change and leaves every row identical", async () => {
    await syncContent(db, cards, t0);
    const before = await snapshot();
    const r = await syncContent(db, cards, t1);
    expect(r.cards).toEqual({ created: 0, updated: 0, retired: 0, unchanged: cards.length });
    expect(r.items).toEqual({ created: 0, updated: 0, retired: 0, unchanged: 2 * pairs });
    expect(r.migrated).toEqual({ items: 0, states: 0, logs: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("updates an edited card's items in place and keeps learners' review state", async () => {
    await syncContent(db, cards, t0);
    const user = await db.user.create({ data: { email: "l@example.com" } });
    const itemId = "reserved-concurrency#floor-and-ceiling:tf";
    await db.reviewState.create({
      data: {
        userId: user.id,
        itemId,
        due: t1,
        stability: 3.2,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 3,
        learningSteps: 0,
        reps: 2,
        lapses: 0,
        state: 2,
      },
    });
    const next = edited("reserved-concurrency", (c) => {
      c.misconceptions[0]!.wrong = "Reserved concurrency is only a ceiling and never guarantees capacity.";
      return c;
    });
    // The pair's two items, plus choice items of related pairs whose distractors change with the statement.
    const old = cards.find((c) => c.id === "reserved-concurrency")!.misconceptions[0]!.wrong;
    const touched = (await db.reviewItem.findMany()).filter((i) => i.answer.includes(JSON.stringify(old))).length;
    expect(touched).toBeGreaterThanOrEqual(2);
    const r = await syncContent(db, next, t1);
    expect(r.items).toMatchObject({ created: 0, retired: 0 });
    expect(r.items.updated).toBeGreaterThanOrEqual(touched);
    const item = await db.reviewItem.findUniqueOrThrow({ where: { id: itemId } });
    expect(JSON.parse(item.answer).wrong).toBe("Reserved concurrency is only a ceiling and never guarantees capacity.");
    expect(item.prompt).not.toContain("ceiling");
    expect(await db.reviewState.findUniqueOrThrow({ where: { userId_itemId: { userId: user.id, itemId } } })).toMatchObject({
      stability: 3.2,
      reps: 2,
    });
  });

  it("retires the items of a removed pair and of a deleted card, and revives them when they return", async () => {
    await syncContent(db, cards, t0);
    const target = cards.find((c) => c.misconceptions.length >= 2)!;
    const [kept, dropped] = [target.misconceptions[0]!.id, target.misconceptions[1]!.id];
    const fewer = edited(target.id, (c) => ({ ...c, misconceptions: c.misconceptions.slice(0, 1) }));
    const withoutCard = fewer.filter((c) => c.id !== "timeout");
    const r = await syncContent(db, withoutCard, t1);
    const timeoutItems = 2 * cards.find((c) => c.id === "timeout")!.misconceptions.length;
    expect(r.cards.retired).toBe(1);
    expect(r.items.retired).toBe(2 * (target.misconceptions.length - 1) + timeoutItems);
    expect((await db.conceptCard.findUniqueOrThrow({ where: { id: "timeout" } })).retiredAt).toEqual(t1);
    expect((await db.reviewItem.findUniqueOrThrow({ where: { id: `${target.id}#${dropped}:tf` } })).retiredAt).toEqual(t1);
    expect((await db.reviewItem.findUniqueOrThrow({ where: { id: `${target.id}#${kept}:tf` } })).retiredAt).toBeNull();

    const back = await syncContent(db, cards, t1);
    expect(back.cards.updated).toBe(2);
    expect(await db.reviewItem.count({ where: { retiredAt: { not: null } } })).toBe(0);
  });

  it("keeps a learner's state on its pair when pairs are reordered or a pair is inserted before it", async () => {
    await syncContent(db, cards, t0);
    const card = cards.find((c) => c.misconceptions.length >= 3)!;
    const [first, second] = card.misconceptions;
    const user = await db.user.create({ data: { email: "order@example.com" } });
    const itemId = `${card.id}#${second!.id}:choice`;
    await db.reviewState.create({ data: { ...stateRow, userId: user.id, itemId } });

    const inserted = { id: "brand-new-pair", wrong: "A new misconception text.", right: "The new right text.", why: "Inserted to shift every position by one." };
    const reordered = edited(card.id, (c) => ({ ...c, misconceptions: [inserted, second!, first!, ...c.misconceptions.slice(2)] }));
    const r = await syncContent(db, reordered, t1);
    expect(r.items.created).toBe(2);
    expect(r.items.retired).toBe(0);
    const moved = await db.reviewItem.findUniqueOrThrow({ where: { id: itemId } });
    expect(moved.pairIndex).toBe(1);
    expect(JSON.parse(moved.answer).right).toBe(second!.right);
    expect(await db.reviewState.findMany({ where: { userId: user.id } })).toMatchObject([{ itemId, reps: 4 }]);
  });
});

const stateRow = {
  due: t1,
  stability: 3.2,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 4,
  lapses: 1,
  state: 2,
};
