import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import { loadCards } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { getDashboard } from "./dashboard";
import { addCardsToReviews } from "../learn/cards";
import type { PrismaClient } from "../platform/prisma";

const now = new Date("2026-11-27T10:00:00Z");
let db: PrismaClient;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ db, cleanup } = freshDb());
  await syncContent(db, loadCards(), now);
});
afterEach(() => cleanup());

describe("getDashboard", () => {
  it("counts what the review queue would show, capped by the daily new limit", async () => {
    const userId = (await db.user.create({ data: { email: "d@example.com" } })).id;
    expect(await getDashboard(db, userId, now)).toMatchObject({
      dueNow: 0,
      inReview: 0,
      reviewedToday: 0,
      lastExam: null,
    });
    const ids = loadCards()
      .slice(0, 8)
      .map((c) => c.id);
    const added = await addCardsToReviews(db, userId, ids, now);
    expect(added).toBeGreaterThan(20);
    const d = await getDashboard(db, userId, now);
    expect(d.inReview).toBe(added);
    expect(d.dueNow).toBe(20); // default: 20 new items a day
    expect(d.cards).toBe(loadCards().length);
  });
});
