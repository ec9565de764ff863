import type { DraftQuestion, QuestionKind } from "./question";
import type { Problem } from "./rules";

/** A message about one line of an imported file (1-based). */
export type LineMessage = { line: number; message: string };
/** A block that was read but not imported: a question type this app does not support, a duplicate. */
export type Skipped = { line: number; reason: string };

export type ImportedQuestion = {
  /** The line where the question starts. */
  line: number;
  kind: QuestionKind;
  question: DraftQuestion;
  /** SAP-C02 format rules it does not meet yet: imported, but the bank cannot be published until fixed. */
  warnings: Problem[];
};

/**
 * What reading a file gives: the questions, the blocks skipped with a reason, and the errors. Any
 * error means nothing may be imported; every error is listed, not just the first.
 */
export type ParseResult = {
  questions: ImportedQuestion[];
  skipped: Skipped[];
  errors: LineMessage[];
  /** The bank's own title and description, when the format carries them (the app's JSON). */
  bank?: { title: string; description: string };
};

export const IMPORT_FORMATS = ["gift", "aiken", "json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
