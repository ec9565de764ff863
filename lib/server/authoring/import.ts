import { AppError } from "../platform/errors";
import type { PrismaClient } from "../platform/prisma";
import { contentHashOf, createLineages, LIVE, reviseQuestion, VERSION_REF } from "../banks/question-versions";
import { parseImport, summarize, type ValidationSummary } from "@/lib/banks/import";
import type { ImportFormat, ParseResult } from "@/lib/banks/import-types";
import type { DraftQuestion } from "@/lib/banks/question";

export type ImportReport = ValidationSummary & {
  created: number;
  updated: number;
  unchanged: number;
  /** Questions imported that do not meet the format rules yet (the bank cannot be published until fixed). */
  warnings: { line: number; message: string }[];
};

/** A file with errors: nothing is imported, every error is listed with its line (422). */
export const importErrors = (result: ParseResult) =>
  new AppError(
    422,
    `The file has ${result.errors.length} error${result.errors.length === 1 ? "" : "s"}; nothing was imported`,
    [...result.errors].sort((a, b) => a.line - b.line).map((e) => ({ path: `line ${e.line}`, message: e.message })),
  );

/**
 * Imports a parsed file into a bank in one transaction. A question is recognised by its external
 * id ([id:…], the JSON id), else by its content: the same file imported twice creates nothing the
 * second time, and a changed question with a known id becomes a new version of it.
 */
export async function importParsed(
  db: PrismaClient,
  bankId: string,
  result: ParseResult,
  now: Date,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<ImportReport> {
  result.errors.push(...(await unknownCards(db, result)));
  if (result.errors.length) throw importErrors(result);
  const report: ImportReport = {
    ...summarize(result),
    created: 0,
    updated: 0,
    unchanged: 0,
    warnings: result.questions.flatMap((q) =>
      q.warnings.map((w) => ({ line: q.line, message: `${w.path}: ${w.message}` })),
    ),
  };
  const run = async (tx: Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0]) => {
    const live = await tx.question.findMany({
      where: { bankId, ...LIVE },
      select: { ...VERSION_REF, externalId: true, contentHash: true },
    });
    const byId = new Map(live.flatMap((q) => (q.externalId ? [[q.externalId, q] as const] : [])));
    const byHash = new Set(live.map((q) => q.contentHash));
    const fresh: { question: DraftQuestion; position: number }[] = [];
    let position = live.reduce((max, q) => Math.max(max, q.position), -1);
    for (const { question } of result.questions) {
      const known = question.externalId ? byId.get(question.externalId) : undefined;
      const hash = contentHashOf(question);
      if (known) {
        // Most of a re-import is unchanged: compare hashes before touching the database.
        const r =
          known.contentHash === hash
            ? { outcome: "unchanged" }
            : dryRun
              ? { outcome: "versioned" }
              : await reviseQuestion(tx, known, question, now);
        report[r.outcome === "unchanged" ? "unchanged" : "updated"]++;
      } else if (byHash.has(hash)) {
        report.unchanged++;
      } else {
        fresh.push({ question, position: ++position });
      }
    }
    report.created = fresh.length;
    if (!dryRun && fresh.length) await createLineages(tx, bankId, fresh, now);
    if (!dryRun && report.created + report.updated > 0)
      await tx.questionBank.update({ where: { id: bankId }, data: { updatedAt: now } });
  };
  await db.$transaction(run, { timeout: 120_000, maxWait: 10_000 });
  return report;
}

/** Links to concept cards that do not exist, as errors on the questions' lines. */
async function unknownCards(db: PrismaClient, result: ParseResult) {
  const refs = result.questions.flatMap((q) =>
    [q.question.cardId, ...q.question.options.map((o) => o.misconception?.split("#")[0] ?? null)].flatMap((card) =>
      card ? [{ line: q.line, card }] : [],
    ),
  );
  if (refs.length === 0) return [];
  const known = new Set(
    (
      await db.conceptCard.findMany({
        where: { id: { in: [...new Set(refs.map((r) => r.card))] } },
        select: { id: true },
      })
    ).map((c) => c.id),
  );
  const seen = new Set<string>();
  return refs.flatMap(({ line, card }) => {
    const key = `${line}|${card}`;
    if (known.has(card) || seen.has(key)) return [];
    seen.add(key);
    return [{ line, message: `links to a concept card that does not exist: "${card}"` }];
  });
}

/** Parses a file and imports it (or, with dryRun, says what importing would do). */
export function importText(
  db: PrismaClient,
  bankId: string,
  format: ImportFormat,
  text: string,
  now: Date,
  dryRun = false,
) {
  return importParsed(db, bankId, parseImport(text, format), now, { dryRun });
}
