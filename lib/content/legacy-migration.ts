import type { Prisma } from "@/lib/generated/prisma/client";
import { itemId } from "./items";
import { LEGACY_PAIR_IDS } from "./legacy-pairs";

export type MigrationReport = { items: number; states: number; logs: number; deleted: string[] };

const LEGACY_ID = /^(.+)#(\d+):(choice|tf)$/;

/** The id-keyed item that a position-keyed item (`<card>#<index>:<type>`) became, or null. */
export function legacyTarget(oldId: string): string | null {
  const m = LEGACY_ID.exec(oldId);
  if (!m) return null;
  const [, cardId = "", index = "", type] = m;
  const pairId = LEGACY_PAIR_IDS[cardId]?.[Number(index)];
  return pairId ? itemId(cardId, pairId, type === "tf" ? "tf" : "choice") : null;
}

/**
 * Moves learners' review states and logs from position-keyed items to the live id-keyed item of the
 * same pair, inside the caller's transaction, then deletes the emptied old item. A learner who
 * already has a state on the new item (which only a hand-made database could produce) keeps both:
 * their old history stays on the old item, which the caller then retires.
 */
export async function migrateLegacyItems(
  tx: Prisma.TransactionClient,
  existingIds: readonly string[],
  liveIds: ReadonlySet<string>,
): Promise<MigrationReport> {
  const report: MigrationReport = { items: 0, states: 0, logs: 0, deleted: [] };
  for (const oldId of existingIds) {
    const target = legacyTarget(oldId);
    if (!target || !liveIds.has(target)) continue;
    const clash = await tx.reviewState.findMany({ where: { itemId: target }, select: { userId: true } });
    const keep = { notIn: clash.map((s) => s.userId) };
    const states = await tx.reviewState.updateMany({ where: { itemId: oldId, userId: keep }, data: { itemId: target } });
    const logs = await tx.reviewLog.updateMany({ where: { itemId: oldId, userId: keep }, data: { itemId: target } });
    report.items++;
    report.states += states.count;
    report.logs += logs.count;
    const left = (await tx.reviewState.count({ where: { itemId: oldId } })) + (await tx.reviewLog.count({ where: { itemId: oldId } }));
    if (left === 0) {
      await tx.reviewItem.delete({ where: { id: oldId } });
      report.deleted.push(oldId);
    }
  }
  return report;
}
