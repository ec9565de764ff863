import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/server/platform/prisma";
import type { Card } from "./parse";
import { itemsForCard } from "./items";
import { migrateLegacyItems } from "./legacy-migration";
import { SECTIONS } from "./schema";

export type SyncReport = {
  cards: { created: number; updated: number; retired: number; unchanged: number };
  items: { created: number; updated: number; retired: number; unchanged: number };
  /** Position-keyed items (from before pair ids) replaced by their pair's id-keyed item, and the history moved. */
  migrated: { items: number; states: number; logs: number };
};

const hashOf = (value: unknown) => crypto.createHash("sha256").update(JSON.stringify(value)).digest("hex");

/**
 * Makes the database match the cards, in one transaction: upserts card rows and their review items
 * by stable id, rewrites only what changed (learners' review state is keyed by item id and left
 * alone), moves history off position-keyed items from before pair ids, and retires items and cards
 * that no longer exist. Running it twice changes nothing.
 */
export async function syncContent(db: PrismaClient, cards: Card[], now: Date): Promise<SyncReport> {
  const report: SyncReport = {
    cards: { created: 0, updated: 0, retired: 0, unchanged: 0 },
    items: { created: 0, updated: 0, retired: 0, unchanged: 0 },
    migrated: { items: 0, states: 0, logs: 0 },
  };

  await db.$transaction(async (tx) => {
    const existingCards = new Map((await tx.conceptCard.findMany()).map((c) => [c.id, c]));
    const existingItems = new Map(
      (await tx.reviewItem.findMany({ where: { kind: { in: ["MISCONCEPTION_CHOICE", "MISCONCEPTION_TF"] } } })).map((i) => [
        i.id,
        i,
      ]),
    );
    const liveItemIds = new Set<string>();
    // New rows are inserted in bulk (cards first: items refer to them); changed rows are updated one by one.
    const newCards: Prisma.ConceptCardCreateManyInput[] = [];
    const newItems: Prisma.ReviewItemCreateManyInput[] = [];

    for (const card of cards) {
      // Stable across additions and removals of other cards: section, then the card's own order.
      const position = SECTIONS.indexOf(card.section) * 1000 + card.order;
      const data = {
        title: card.title,
        section: card.section,
        topic: card.topic,
        domains: JSON.stringify(card.domains),
        summary: card.summary,
        position,
        contentHash: hashOf(card),
        retiredAt: null,
      };
      const old = existingCards.get(card.id);
      if (!old) {
        newCards.push({ id: card.id, ...data });
        report.cards.created++;
      } else if (old.contentHash !== data.contentHash || old.position !== position || old.retiredAt) {
        await tx.conceptCard.update({ where: { id: card.id }, data });
        report.cards.updated++;
      } else report.cards.unchanged++;

      for (const item of itemsForCard(card, cards)) {
        liveItemIds.add(item.id);
        const row = {
          kind: item.kind,
          cardId: item.cardId,
          pairIndex: item.pairIndex,
          prompt: JSON.stringify(item.prompt),
          answer: JSON.stringify(item.answer),
          retiredAt: null,
        };
        const prev = existingItems.get(item.id);
        if (!prev) {
          newItems.push({ id: item.id, ...row });
          report.items.created++;
        } else if (
          prev.prompt !== row.prompt ||
          prev.answer !== row.answer ||
          prev.kind !== row.kind ||
          prev.pairIndex !== row.pairIndex ||
          prev.retiredAt
        ) {
          await tx.reviewItem.update({ where: { id: item.id }, data: row });
          report.items.updated++;
        } else report.items.unchanged++;
      }
    }

    await tx.conceptCard.createMany({ data: newCards });
    await tx.reviewItem.createMany({ data: newItems });

    // Legacy items that handed over all their history are deleted; the others are retired below.
    const { deleted, ...migrated } = await migrateLegacyItems(tx, [...existingItems.keys()], liveItemIds);
    report.migrated = migrated;
    for (const id of deleted) existingItems.delete(id);

    const liveCardIds = new Set(cards.map((c) => c.id));
    for (const old of existingCards.values()) {
      if (!liveCardIds.has(old.id) && !old.retiredAt) {
        await tx.conceptCard.update({ where: { id: old.id }, data: { retiredAt: now } });
        report.cards.retired++;
      }
    }
    for (const old of existingItems.values()) {
      if (!liveItemIds.has(old.id) && !old.retiredAt) {
        await tx.reviewItem.update({ where: { id: old.id }, data: { retiredAt: now } });
        report.items.retired++;
      }
    }
  });
  return report;
}
