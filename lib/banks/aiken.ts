import { kindOf, type DraftQuestion } from "./question";
import type { ImportedQuestion, LineMessage, ParseResult } from "./import-types";
import { questionProblems } from "./rules";

const OPTION = /^([A-Za-z])[.)]\s+(.*)$/;
const ANSWER = /^ANSWER:\s*(.*)$/i;

type Pending = { line: number; stem: string[]; options: { letter: string; text: string; line: number }[] };

/**
 * Reads Aiken (Moodle's simple single-answer format): the question text, options "A. …" or
 * "A) …" on their own lines, then "ANSWER: B". Never throws; every problem becomes an error with
 * its 1-based line.
 */
export function parseAiken(source: string): ParseResult {
  const result: ParseResult = { questions: [], skipped: [], errors: [] };
  const lines = source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  let q: Pending | null = null;
  const error = (line: number, message: string) => result.errors.push({ line, message });

  lines.forEach((raw, i) => {
    const n = i + 1;
    const text = raw.trim();
    if (text === "") {
      if (q && q.options.length === 0) q.stem.push("");
      return;
    }
    const answer = ANSWER.exec(text);
    const option = OPTION.exec(text);
    if (!q) {
      if (answer) return error(n, "ANSWER: with no question before it");
      q = { line: n, stem: [text], options: [] };
      return;
    }
    if (answer) {
      finish(q, answer[1]!.trim(), n, result);
      q = null;
    } else if (option) {
      const expected = String.fromCharCode(65 + q.options.length);
      if (option[1]!.toUpperCase() !== expected) error(n, `option ${option[1]} is out of order: expected ${expected}.`);
      q.options.push({ letter: option[1]!.toUpperCase(), text: option[2]!.trim(), line: n });
    } else if (q.options.length > 0) {
      error(n, `expected option ${String.fromCharCode(65 + q.options.length)}. or "ANSWER:" after the options`);
    } else {
      q.stem.push(text);
    }
  });
  if (q) error((q as Pending).line, 'the question has no "ANSWER:" line');
  return result;
}

function finish(q: Pending, letter: string, line: number, result: ParseResult) {
  const errors: LineMessage[] = [];
  if (q.options.length < 2) errors.push({ line: q.line, message: "an Aiken question needs at least two options" });
  const key = letter.toUpperCase();
  if (!/^[A-Z]$/.test(key)) errors.push({ line, message: `ANSWER: must name one option letter (got "${letter}")` });
  else if (!q.options.some((o) => o.letter === key))
    errors.push({
      line,
      message: `ANSWER: ${key} is not one of the options (${q.options.map((o) => o.letter).join(", ")})`,
    });
  if (errors.length) {
    result.errors.push(...errors);
    return;
  }
  const question: DraftQuestion = {
    externalId: null,
    title: null,
    type: "single",
    stem: q.stem.join("\n").trim(),
    options: q.options.map((o) => ({
      text: o.text,
      correct: o.letter === key,
      weight: o.letter === key ? 100 : 0,
      feedback: "",
      misconception: null,
    })),
    explanation: "",
    domain: null,
    topic: null,
    category: null,
    cardId: null,
    tags: [],
    references: [],
  };
  const imported: ImportedQuestion = {
    line: q.line,
    kind: kindOf(question),
    question,
    warnings: questionProblems(question),
  };
  result.questions.push(imported);
}
