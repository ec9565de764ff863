import { parseAiken } from "./aiken";
import { parseGift } from "./gift/parse";
import type { ImportFormat, ParseResult } from "./import-types";
import { parseBankJson } from "./json-format";
import { canonicalQuestion, type QuestionKind } from "./question";

/** The format of a file from its name, else from its content (JSON, Aiken's ANSWER: lines, else GIFT). */
export function detectFormat(name: string, text: string): ImportFormat {
  if (/\.json$/i.test(name) || /^\s*\{/.test(text)) return "json";
  if (/\.aiken(\.txt)?$/i.test(name)) return "aiken";
  if (/^ANSWER:\s*[A-Z]\s*$/im.test(text) && !/[{}]/.test(text.replace(/\\[{}]/g, ""))) return "aiken";
  return "gift";
}

/**
 * Reads a file in any supported format and checks it as a whole: an id used twice is an error
 * (both lines named); a question repeated in the file is skipped after its first appearance.
 * Errors and skipped blocks come out in line order.
 */
export function parseImport(text: string, format: ImportFormat): ParseResult {
  const result = format === "json" ? parseBankJson(text) : format === "aiken" ? parseAiken(text) : parseGift(text);
  const ids = new Map<string, number>();
  const contents = new Map<string, number>();
  const kept = [];
  for (const q of result.questions) {
    const id = q.question.externalId;
    if (id !== null) {
      const first = ids.get(id);
      if (first !== undefined) {
        result.errors.push({ line: q.line, message: `the id "${id}" is used twice (first on line ${first})` });
        continue;
      }
      ids.set(id, q.line);
    }
    const content = canonicalQuestion(q.question);
    const same = contents.get(content);
    if (same !== undefined && id === null) {
      result.skipped.push({ line: q.line, reason: `the same question as on line ${same}` });
      continue;
    }
    if (same === undefined) contents.set(content, q.line);
    kept.push(q);
  }
  result.questions = kept;
  result.errors.sort((a, b) => a.line - b.line);
  result.skipped.sort((a, b) => a.line - b.line);
  return result;
}

/** The CLI's and the import page's summary of a file that can be imported. */
export type ValidationSummary = {
  questions: number;
  byType: Record<QuestionKind, number>;
  skipped: { line: number; reason: string }[];
};

export function summarize(result: ParseResult): ValidationSummary {
  const byType: Record<QuestionKind, number> = { single: 0, multiple: 0, truefalse: 0 };
  for (const q of result.questions) byType[q.kind]++;
  return { questions: result.questions.length, byType, skipped: result.skipped };
}
