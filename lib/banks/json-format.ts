import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { draftFromExchange, exchangeBankSchema, exchangeFromDraft, type ExchangeBank } from "./bank-file";
import type { ParseResult } from "./import-types";
import { kindOf, type DraftQuestion } from "./question";
import { questionProblems } from "./rules";

/** 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The deepest node that exists along a path (a missing field is reported on its object). */
function nodeAt(root: Node, path: PropertyKey[]): Node {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n) as (string | number)[]);
    if (node) return node.parent?.type === "property" && typeof path[n - 1] === "string" ? node.parent : node;
  }
  return root;
}

const describe = (path: PropertyKey[]) =>
  path.reduce<string>((a, k) => (typeof k === "number" ? `${a}[${k}]` : a ? `${a}.${String(k)}` : String(k)), "");

/**
 * Reads the app's own bank JSON (the seed banks' format, see bank-file.ts): syntax errors and
 * schema problems, each with the line it is on. Never throws.
 */
export function parseBankJson(source: string): ParseResult {
  const text = source.replace(/^\uFEFF/, "");
  const syntax: ParseError[] = [];
  const root = parseTree(text, syntax, { disallowComments: true, allowTrailingComma: false });
  if (syntax.length || !root) {
    const errors = syntax.map((e) => ({
      line: lineOf(text, e.offset),
      message: `JSON syntax: ${printParseErrorCode(e.error)}`,
    }));
    return { questions: [], skipped: [], errors: errors.length ? errors : [{ line: 1, message: "the file is empty" }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { questions: [], skipped: [], errors: [{ line: 1, message: `JSON syntax: ${(e as Error).message}` }] };
  }
  const parsed = exchangeBankSchema.safeParse(json);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({
      line: lineOf(text, nodeAt(root, i.path).offset),
      message: `${describe(i.path) || "the file"}: ${i.message}`,
    }));
    return { questions: [], skipped: [], errors };
  }
  const questions = parsed.data.questions.map((q, i) => {
    const question = draftFromExchange(q);
    const node = findNodeAtLocation(root, ["questions", i]);
    return {
      line: lineOf(text, node?.offset ?? 0),
      kind: kindOf(question),
      question,
      warnings: questionProblems(question),
    };
  });
  return {
    questions,
    skipped: [],
    errors: [],
    bank: { title: parsed.data.title, description: parsed.data.description },
  };
}

/** Writes a bank as the app's JSON (full fidelity: parseBankJson reads back the same questions). */
export function exportBankJson(bank: { title: string; description: string }, questions: DraftQuestion[]): string {
  const file: ExchangeBank = {
    title: bank.title,
    description: bank.description,
    questions: questions.map(exchangeFromDraft),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
