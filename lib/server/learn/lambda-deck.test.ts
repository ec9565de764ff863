import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import { loadCards } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { seed } from "@/prisma/seed-lib";
import { addCardsToReviews } from "./cards";
import { newStateRow } from "@/lib/srs/mapper";
import { addLambdaDeck, getLambdaDeck, getStarterDeck } from "./lambda-deck";
import type { PrismaClient } from "../platform/prisma";

const now = new Date("2026-11-27T10:00:00Z");
const cards = loadCards();
const pairs = cards.reduce((n, c) => n + c.misconceptions.length, 0);
let db: PrismaClient;
let cleanup: () => Promise<void>;
let userId: string;

beforeEach(async () => {
  ({ db, cleanup } = freshDb());
  // The full seed: concept cards and a question bank whose questions link cards.
  await seed(db, now);
  userId = (await db.user.create({ data: { email: "new@example.com" } })).id;
});
afterEach(() => cleanup());

describe("the Lambda deck", () => {
  it("is every concept card's two items per misconception pair, none of them in a new learner's reviews", async () => {
    expect(await getLambdaDeck(db, userId)).toEqual({ cards: cards.length, items: 2 * pairs, inReviews: 0 });
  });

  it("adds every card item as New and due now, and no bank question", async () => {
    const { added, deck } = await addLambdaDeck(db, userId, now);
    expect(added).toBe(2 * pairs);
    expect(deck).toEqual({ cards: cards.length, items: 2 * pairs, inReviews: 2 * pairs });
    const states = await db.reviewState.findMany({ where: { userId }, include: { item: true } });
    expect(new Set(states.map((s) => s.item.cardId))).toEqual(new Set(cards.map((c) => c.id)));
    expect(states.every((s) => s.state === 0 && s.reps === 0 && s.due.getTime() === now.getTime())).toBe(true);
    expect(states.some((s) => s.item.kind === "QUESTION")).toBe(false);
  });

  it("is idempotent: a replay adds nothing and leaves reviewed items as they are", async () => {
    await addCardsToReviews(db, userId, ["timeout"], now);
    await db.reviewState.updateMany({ where: { userId }, data: { state: 2, reps: 3, scheduledDays: 9 } });
    const reviewed = await db.reviewState.findMany({ where: { userId }, orderBy: { itemId: "asc" } });
    const first = await addLambdaDeck(db, userId, now);
    expect(first.added).toBe(2 * pairs - reviewed.length);
    expect((await addLambdaDeck(db, userId, now)).added).toBe(0);
    const after = await db.reviewState.findMany({
      where: { userId, itemId: { in: reviewed.map((r) => r.itemId) } },
      orderBy: { itemId: "asc" },
    });
    expect(after).toEqual(reviewed);
    expect(await db.reviewState.count({ where: { userId } })).toBe(2 * pairs);
  });

  it("adds each item once when requests race (two tabs, a double click)", async () => {
    const results = await Promise.all(Array.from({ length: 4 }, () => addLambdaDeck(db, userId, now)));
    expect(results.reduce((n, r) => n + r.added, 0)).toBe(2 * pairs);
    expect(await db.reviewState.count({ where: { userId } })).toBe(2 * pairs);
  });

  it("is per learner and leaves out retired cards", async () => {
    await syncContent(
      db,
      cards.filter((c) => c.id !== "timeout"),
      now,
    );
    const other = (await db.user.create({ data: { email: "other@example.com" } })).id;
    const { deck } = await addLambdaDeck(db, userId, now);
    expect(deck.cards).toBe(cards.length - 1);
    expect(await db.reviewState.count({ where: { userId, item: { cardId: "timeout" } } })).toBe(0);
    expect((await getLambdaDeck(db, other)).inReviews).toBe(0);
  });

  it("is offered to a learner with empty reviews only, until anything is in their reviews", async () => {
    expect(await getStarterDeck(db, userId)).toEqual({ cards: cards.length, items: 2 * pairs, inReviews: 0 });
    await addCardsToReviews(db, userId, ["timeout"], now);
    expect(await getStarterDeck(db, userId)).toBeNull();
    const other = (await db.user.create({ data: { email: "banked@example.com" } })).id;
    const question = await db.reviewItem.findFirstOrThrow({ where: { kind: "QUESTION" } });
    await db.reviewState.create({ data: { userId: other, itemId: question.id, ...newStateRow(now), addedAt: now } });
    expect(await getStarterDeck(db, other)).toBeNull();
  });
});
