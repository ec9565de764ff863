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
 * same pair, inside the caller's transaction, then deletes the emptied old items. A learner who
 * already has a state on the new item (which only a hand-made database could produce) keeps both:
 * their old history stays on the old item, which the caller then retires. Items nobody reviewed are
 * deleted in one statement, so a database with few learners migrates in a handful of queries.
 */
export async function migrateLegacyItems(
  tx: Prisma.TransactionClient,
  existingIds: readonly string[],
  liveIds: ReadonlySet<string>,
): Promise<MigrationReport> {
  const moves = existingIds.flatMap((oldId) => {
    const target = legacyTarget(oldId);
    return target && liveIds.has(target) ? [{ oldId, target }] : [];
  });
  const report: MigrationReport = { items: moves.length, states: 0, logs: 0, deleted: [] };
  if (moves.length === 0) return report;

  const oldIds = moves.map((m) => m.oldId);
  const states = await tx.reviewState.findMany({
    where: { itemId: { in: [...oldIds, ...moves.map((m) => m.target)] } },
    select: { userId: true, itemId: true },
  });
  const logs = await tx.reviewLog.groupBy({ by: ["itemId", "userId"], where: { itemId: { in: oldIds } } });
  const usersOn = (id: string) => new Set([...states, ...logs].filter((r) => r.itemId === id).map((r) => r.userId));

  const untouched: string[] = [];
  for (const { oldId, target } of moves) {
    const learners = usersOn(oldId);
    if (learners.size === 0) {
      untouched.push(oldId);
      continue;
    }
    const clash = usersOn(target);
    const keep = { notIn: [...clash] };
    report.states += (await tx.reviewState.updateMany({ where: { itemId: oldId, userId: keep }, data: { itemId: target } })).count;
    report.logs += (await tx.reviewLog.updateMany({ where: { itemId: oldId, userId: keep }, data: { itemId: target } })).count;
    if ([...learners].every((u) => !clash.has(u))) {
      await tx.reviewItem.delete({ where: { id: oldId } });
      report.deleted.push(oldId);
    }
  }
  if (untouched.length > 0) {
    await tx.reviewItem.deleteMany({ where: { id: { in: untouched } } });
    report.deleted.push(...untouched);
  }
  return report;
}
