import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import { loadCards } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { addCardsToReviews, getCardProgress } from "./cards";
import type { PrismaClient } from "../platform/prisma";

const now = new Date("2026-11-27T10:00:00Z");
const cards = loadCards();
let db: PrismaClient;
let cleanup: () => Promise<void>;
let userId: string;

beforeEach(async () => {
  ({ db, cleanup } = freshDb());
  await syncContent(db, cards, now);
  userId = (await db.user.create({ data: { email: "l@example.com" } })).id;
});
afterEach(() => cleanup());

describe("addCardsToReviews", () => {
  it("adds every item of the card as New, due now, and is idempotent", async () => {
    const pairs = cards.find((c) => c.id === "timeout")!.misconceptions.length;
    expect(await addCardsToReviews(db, userId, ["timeout"], now)).toBe(2 * pairs);
    expect(await addCardsToReviews(db, userId, ["timeout"], now)).toBe(0);
    const states = await db.reviewState.findMany({ where: { userId } });
    expect(states).toHaveLength(2 * pairs);
    expect(states.every((s) => s.state === 0 && s.due.getTime() === now.getTime() && s.reps === 0)).toBe(true);
  });

  it("refuses an unknown card and adds nothing, even alongside a real one", async () => {
    await expect(addCardsToReviews(db, userId, ["timeout", "nope"], now)).rejects.toMatchObject({
      status: 404,
      message: "Card nope not found",
    });
    expect(await db.reviewState.count({ where: { userId } })).toBe(0);
  });

  it("does not add retired cards", async () => {
    await syncContent(
      db,
      cards.filter((c) => c.id !== "timeout"),
      now,
    );
    await expect(addCardsToReviews(db, userId, ["timeout"], now)).rejects.toThrow("Card timeout not found");
  });
});

describe("getCardProgress", () => {
  it("reports not-started, then new, then learning as reviews happen", async () => {
    expect((await getCardProgress(db, userId)).timeout).toBe("not-started");
    await addCardsToReviews(db, userId, ["timeout"], now);
    expect((await getCardProgress(db, userId)).timeout).toBe("new");
    await db.reviewState.updateMany({ where: { userId, itemId: "timeout#hard-limit:tf" }, data: { state: 1 } });
    expect((await getCardProgress(db, userId)).timeout).toBe("learning");
    await db.reviewState.updateMany({ where: { userId }, data: { state: 2, scheduledDays: 30 } });
    expect((await getCardProgress(db, userId)).timeout).toBe("mastered");
  });

  it("is per learner", async () => {
    const other = (await db.user.create({ data: { email: "o@example.com" } })).id;
    await addCardsToReviews(db, userId, ["timeout"], now);
    expect((await getCardProgress(db, other)).timeout).toBe("not-started");
  });
});

describe("adding a card whose topic also has bank questions", () => {
  it("adds only the card's misconception items, not the linked questions (regression)", async () => {
    const { seed } = await import("@/prisma/seed-lib");
    await seed(db, now);
    const linked = await db.question.findFirstOrThrow({ where: { cardId: { not: null } }, select: { cardId: true } });
    const card = cards.find((c) => c.id === linked.cardId)!;
    const added = await addCardsToReviews(db, userId, [card.id], now);
    expect(added).toBe(2 * card.misconceptions.length);
    expect(await db.reviewState.count({ where: { userId, item: { kind: "QUESTION" } } })).toBe(0);
    expect((await getCardProgress(db, userId))[card.id]).toBe("new");
  });
});
