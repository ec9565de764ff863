import type { PrismaClient } from "../platform/prisma";

/** Titles of concept cards, and whether each is live (a retired card cannot join reviews). */
export async function cardLinks(db: PrismaClient, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { title: string; live: boolean }>();
  const rows = await db.conceptCard.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, title: true, retiredAt: true },
  });
  return new Map(rows.map((r) => [r.id, { title: r.title, live: r.retiredAt === null }]));
}

/**
 * The statements of misconception pairs ("<cardId>#<pairId>"), read from the pair's "which is
 * true?" review item, which content sync keeps in step with the card.
 */
export async function misconceptionStatements(db: PrismaClient, refs: readonly string[]) {
  const out = new Map<string, { wrong: string; right: string }>();
  if (refs.length === 0) return out;
  const rows = await db.reviewItem.findMany({
    where: { id: { in: refs.map((r) => `${r}:choice`) } },
    select: { id: true, answer: true },
  });
  for (const r of rows) {
    try {
      const a = JSON.parse(r.answer) as { wrong?: unknown; right?: unknown };
      if (typeof a.wrong === "string" && typeof a.right === "string") {
        out.set(r.id.slice(0, -":choice".length), { wrong: a.wrong, right: a.right });
      }
    } catch {
      // A malformed item only loses its statement; the card link still shows.
    }
  }
  return out;
}
