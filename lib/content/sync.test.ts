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
    expect(await snapshot()).toEqual(before);
  });

  it("updates an edited card's items in place and keeps learners' review state", async () => {
    await syncContent(db, cards, t0);
    const user = await db.user.create({ data: { email: "l@example.com" } });
    const itemId = "reserved-concurrency#0:tf";
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
    const r = await syncContent(db, next, t1);
    expect(r.items.updated).toBe(2);
    const item = await db.reviewItem.findUniqueOrThrow({ where: { id: itemId } });
    expect(JSON.parse(item.prompt).statement).toBe("Reserved concurrency is only a ceiling and never guarantees capacity.");
    expect(await db.reviewState.findUniqueOrThrow({ where: { userId_itemId: { userId: user.id, itemId } } })).toMatchObject({
      stability: 3.2,
      reps: 2,
    });
  });

  it("retires the items of a removed pair and of a deleted card, and revives them when they return", async () => {
    await syncContent(db, cards, t0);
    const target = cards.find((c) => c.misconceptions.length >= 2)!;
    const fewer = edited(target.id, (c) => ({ ...c, misconceptions: c.misconceptions.slice(0, 1) }));
    const withoutCard = fewer.filter((c) => c.id !== "timeout");
    const r = await syncContent(db, withoutCard, t1);
    const timeoutItems = 2 * cards.find((c) => c.id === "timeout")!.misconceptions.length;
    expect(r.cards.retired).toBe(1);
    expect(r.items.retired).toBe(2 * (target.misconceptions.length - 1) + timeoutItems);
    expect((await db.conceptCard.findUniqueOrThrow({ where: { id: "timeout" } })).retiredAt).toEqual(t1);
    expect((await db.reviewItem.findUniqueOrThrow({ where: { id: `${target.id}#1:tf` } })).retiredAt).toEqual(t1);
    expect((await db.reviewItem.findUniqueOrThrow({ where: { id: `${target.id}#0:tf` } })).retiredAt).toBeNull();

    const back = await syncContent(db, cards, t1);
    expect(back.cards.updated).toBe(2);
    expect(await db.reviewItem.count({ where: { retiredAt: { not: null } } })).toBe(0);
  });
});
