import type { PrismaClient } from "../platform/prisma";
import type { StoredItem } from "@/lib/srs/present";
import type { ItemPrompt, MisconceptionAnswer } from "@/lib/content/items";

/** Loads a live review item with what is needed to present and grade it; null when missing or retired. */
export async function loadStoredItem(db: PrismaClient, itemId: string): Promise<StoredItem | null> {
  const row = await db.reviewItem.findUnique({
    where: { id: itemId },
    select: {
      id: true,
      kind: true,
      prompt: true,
      answer: true,
      retiredAt: true,
      question: {
        select: {
          id: true,
          type: true,
          stem: true,
          explanation: true,
          cardId: true,
          retiredAt: true,
          bank: { select: { title: true } },
          options: { select: { id: true, text: true, correct: true, feedback: true }, orderBy: { position: "asc" } },
        },
      },
    },
  });
  if (!row || row.retiredAt) return null;
  if (row.kind === "QUESTION") {
    const q = row.question;
    if (!q || q.retiredAt) return null;
    return {
      id: row.id,
      kind: "QUESTION",
      question: {
        id: q.id,
        type: q.type,
        stem: q.stem,
        explanation: q.explanation,
        cardId: q.cardId,
        bankTitle: q.bank.title,
        options: q.options,
      },
    };
  }
  return {
    id: row.id,
    kind: row.kind,
    prompt: JSON.parse(row.prompt) as ItemPrompt,
    answer: JSON.parse(row.answer) as MisconceptionAnswer,
  };
}
