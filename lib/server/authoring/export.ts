import type { PrismaClient } from "../platform/prisma";
import { DRAFT_SELECT, draftOfRow } from "../banks/question-drafts";
import { LIVE } from "../banks/question-versions";
import { ankiTag, ankiText, misconceptionNotes, questionNote, type CardPairs } from "@/lib/banks/anki";
import { exportGift } from "@/lib/banks/gift/export";
import { exportBankJson } from "@/lib/banks/json-format";
import { loadCards } from "@/lib/content/load";
import type { EXPORT_FORMATS } from "@/lib/validations/authoring";

export type ExportFile = { filename: string; contentType: string; text: string };

const fileSlug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "bank";

/** The live questions of a bank, in order, as drafts. */
export async function bankDrafts(db: PrismaClient, bankId: string) {
  const rows = await db.question.findMany({
    where: { bankId, ...LIVE },
    select: DRAFT_SELECT,
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  return rows.map(draftOfRow);
}

/** A bank as a file in one of the export formats (the caller has checked access). */
export async function exportBank(
  db: PrismaClient,
  bank: { id: string; title: string; description: string },
  format: (typeof EXPORT_FORMATS)[number],
): Promise<ExportFile> {
  const drafts = await bankDrafts(db, bank.id);
  const name = fileSlug(bank.title);
  if (format === "json")
    return { filename: `${name}.json`, contentType: "application/json", text: exportBankJson(bank, drafts) };
  if (format === "gift")
    return {
      filename: `${name}.gift.txt`,
      contentType: "text/plain",
      text: exportGift(drafts, `${bank.title} (Coldstart export)`),
    };
  const notes = drafts.map((q) => questionNote(q, [ankiTag(name)]));
  return { filename: `${name}.anki.txt`, contentType: "text/plain", text: ankiText(`Coldstart::${bank.title}`, notes) };
}

/** The concept cards' misconception pairs as an Anki deck. */
export function exportMisconceptionsAnki(): ExportFile {
  const cards: CardPairs[] = loadCards().map((card) => ({
    cardId: card.id,
    title: card.title,
    domains: card.domains,
    pairs: card.misconceptions,
  }));
  return {
    filename: "coldstart-misconceptions.anki.txt",
    contentType: "text/plain",
    text: ankiText("Coldstart::Lambda misconceptions", misconceptionNotes(cards)),
  };
}
