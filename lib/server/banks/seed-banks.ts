import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../platform/prisma";
import { ensureQuestionItems } from "./question-items";
import {
  contentHashOf,
  createLineages,
  restoreQuestion,
  retireQuestion,
  reviseQuestion,
  VERSION_REF,
} from "./question-versions";
import { parseBankFile } from "@/lib/banks/load";
import { draftFromExchange, type BankFile } from "@/lib/banks/bank-file";

export const BANKS_DIR = path.join(process.cwd(), "content", "banks");

/** Reads and validates every seed bank file. */
export function loadBankFiles(dir: string = BANKS_DIR): BankFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => parseBankFile(`content/banks/${f}`, fs.readFileSync(path.join(dir, f), "utf8")));
}

export type BankSeedReport = { banks: number; created: number; updated: number; unchanged: number; retired: number };

/**
 * Upserts the seed banks (owned by `ownerId`, published) and their questions by stable id. A
 * question whose content changed gets a new version (the seed banks are published, so learners
 * may have answered the old one); one that left the file is retired; a second run changes nothing.
 */
export async function seedBanks(
  db: PrismaClient,
  files: BankFile[],
  ownerId: string,
  now: Date,
): Promise<BankSeedReport> {
  const report: BankSeedReport = { banks: files.length, created: 0, updated: 0, unchanged: 0, retired: 0 };
  for (const file of files) {
    const bankId = `seed-${file.id}`;
    const existingBank = await db.questionBank.findUnique({
      where: { id: bankId },
      select: { title: true, description: true },
    });
    if (!existingBank) {
      await db.questionBank.create({
        data: { id: bankId, title: file.title, description: file.description, ownerId, published: true },
      });
    } else if (existingBank.title !== file.title || existingBank.description !== file.description) {
      await db.questionBank.update({
        where: { id: bankId },
        data: { title: file.title, description: file.description },
      });
    }
    // The newest version of each lineage, retired or not (a question may come back to the file).
    const current = await db.question.findMany({
      where: { bankId, supersededAt: null, externalId: { not: null } },
      select: { ...VERSION_REF, externalId: true, contentHash: true, retiredAt: true },
    });
    const byExternalId = new Map(current.map((q) => [q.externalId!, q]));
    const fresh: { question: ReturnType<typeof draftFromExchange>; position: number }[] = [];
    for (const [position, q] of file.questions.entries()) {
      const draft = draftFromExchange(q);
      const existing = byExternalId.get(q.id);
      if (!existing) {
        fresh.push({ question: draft, position });
        continue;
      }
      if (existing.contentHash === contentHashOf(draft) && existing.position === position && !existing.retiredAt) {
        report.unchanged++;
        continue;
      }
      await db.$transaction(async (tx) => {
        if (existing.retiredAt) await restoreQuestion(tx, existing);
        if (existing.position !== position)
          await tx.question.update({ where: { id: existing.id }, data: { position } });
        const r = await reviseQuestion(tx, { ...existing, position }, draft, now);
        report[r.outcome === "unchanged" ? "unchanged" : "updated"]++;
      });
    }
    if (fresh.length > 0) {
      await db.$transaction((tx) => createLineages(tx, bankId, fresh, now));
      report.created += fresh.length;
    }
    const listed = new Set(file.questions.map((q) => q.id));
    const gone = current.filter((q) => !q.retiredAt && !listed.has(q.externalId!));
    for (const q of gone) await db.$transaction((tx) => retireQuestion(tx, q, now));
    report.retired += gone.length;
    await ensureQuestionItems(db, bankId);
  }
  return report;
}
