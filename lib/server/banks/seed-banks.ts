import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../platform/prisma";
import { ensureQuestionItems } from "./question-items";
import { parseBankFile } from "@/lib/banks/load";
import type { BankFile, BankQuestion } from "@/lib/banks/bank-file";

export const BANKS_DIR = path.join(process.cwd(), "content", "banks");

const hashOf = (q: BankQuestion) => crypto.createHash("sha256").update(JSON.stringify(q)).digest("hex");

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
 * Upserts the seed banks (owned by `ownerId`, published) and their questions by stable id;
 * a question is rewritten only when its content changed, and retired when it left the file,
 * so a second run changes nothing.
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
    for (const [position, q] of file.questions.entries()) {
      const contentHash = hashOf(q);
      const current = await db.question.findFirst({
        where: { bankId, externalId: q.id },
        select: { id: true, contentHash: true, position: true },
      });
      if (current && current.contentHash === contentHash && current.position === position) {
        report.unchanged++;
        continue;
      }
      const data = {
        contentHash,
        type: q.type === "single" ? ("SINGLE" as const) : ("MULTIPLE" as const),
        stem: q.stem,
        explanation: q.explanation,
        domain: q.domain,
        topic: q.topic ?? null,
        cardId: q.cardId ?? null,
        tags: JSON.stringify(q.tags),
        references: JSON.stringify(q.references),
        position,
        retiredAt: null,
      };
      const options = q.options.map((o, i) => ({
        position: i,
        text: o.text,
        correct: o.correct,
        feedback: o.feedback,
        misconception: o.misconception ?? null,
        weight: o.correct ? 100 : 0,
      }));
      await db.$transaction(async (tx) => {
        if (current) {
          await tx.questionOption.deleteMany({ where: { questionId: current.id } });
          await tx.question.update({ where: { id: current.id }, data: { ...data, options: { create: options } } });
        } else {
          await tx.question.create({ data: { ...data, bankId, externalId: q.id, options: { create: options } } });
        }
      });
      if (current) report.updated++;
      else report.created++;
    }
    const gone = await db.question.updateMany({
      where: { bankId, externalId: { notIn: file.questions.map((q) => q.id) }, retiredAt: null },
      data: { retiredAt: now },
    });
    report.retired += gone.count;
    await ensureQuestionItems(db, bankId);
  }
  return report;
}
