import type { DraftOption } from "../question";
import type { LineMessage } from "../import-types";
import { splitFormat, toMarkdown, type TextFormat } from "../text-format";
import { restoreEscapes } from "./escapes";

/** A piece of the answer set with its offset in the block (for line numbers). */
export type Piece = { text: string; offset: number };
type Located = (offset: number) => number;

const WEIGHT = /^%(-?\d{1,3}(?:\.\d+)?)%/;

/** A text of the answer set as stored: its own format prefix, escapes restored, trimmed. */
export const storedText = (raw: string, format: TextFormat) => {
  const f = splitFormat(raw.trim(), format);
  return toMarkdown(restoreEscapes(f.text), f.format).trim();
};

/** Splits "text#feedback" at the first unescaped #. */
function splitFeedback(raw: string): [string, string] {
  const at = raw.indexOf("#");
  return at < 0 ? [raw, ""] : [raw.slice(0, at), raw.slice(at + 1)];
}

/**
 * Reads a multiple-choice answer set ("=right ~wrong ~%50%half #feedback"). With an = answer it
 * is single response (= marks the key); without, it is multiple response and the positive
 * weights mark the key.
 */
export function readChoices(
  set: Piece,
  format: TextFormat,
  lineAt: Located,
): { type: "single" | "multiple"; options: DraftOption[]; errors: LineMessage[] } {
  const errors: LineMessage[] = [];
  const answers: { marker: string; piece: Piece }[] = [];
  const lead = /^[^~=]*/.exec(set.text)![0];
  if (lead.trim() !== "")
    errors.push({
      line: lineAt(set.offset),
      message: `text before the first answer ("${lead.trim().slice(0, 40)}"): every answer starts with = or ~`,
    });
  for (let i = lead.length; i < set.text.length;) {
    const next = set.text.slice(i + 1).search(/[~=]/);
    const end = next < 0 ? set.text.length : i + 1 + next;
    answers.push({ marker: set.text[i]!, piece: { text: set.text.slice(i + 1, end), offset: set.offset + i } });
    i = end;
  }
  const single = answers.some((a) => a.marker === "=");
  const options: DraftOption[] = [];
  for (const { marker, piece } of answers) {
    const line = lineAt(piece.offset);
    let raw = piece.text.trimStart();
    let weight: number | null = null;
    if (raw.startsWith("%")) {
      const m = WEIGHT.exec(raw);
      if (!m) {
        // Quote the start of the answer on its own line, so the message stays one line.
        const quoted = raw.split(/\r?\n/)[0]!.slice(0, 12).trimEnd();
        errors.push({ line, message: `malformed weight "${quoted}": write it like %50% or %-33.33333%` });
        continue;
      }
      weight = Number(m[1]);
      if (Math.abs(weight) > 100) errors.push({ line, message: `weight ${weight}% is outside -100%..100%` });
      raw = raw.slice(m[0].length);
    }
    if (marker === "=" && weight !== null && weight !== 100)
      errors.push({ line, message: `an answer marked = is fully right; write ~%${weight}% for partial credit` });
    const [text, feedback] = splitFeedback(raw);
    const option: DraftOption = {
      text: storedText(text, format),
      feedback: storedText(feedback, format),
      correct: single ? marker === "=" || weight === 100 : (weight ?? 0) > 0,
      weight: marker === "=" ? 100 : (weight ?? 0),
      misconception: null,
    };
    if (option.text === "") errors.push({ line, message: "an answer has no text" });
    options.push(option);
  }
  if (answers.length < 2)
    errors.push({ line: lineAt(set.offset), message: "a multiple-choice question needs at least two answers" });
  else if (!single && !options.some((o) => o.correct))
    errors.push({
      line: lineAt(set.offset),
      message: "no answer is marked right: mark it with = or give weights like ~%50%",
    });
  return { type: single ? "single" : "multiple", options, errors };
}

/** Reads "TRUE#if-wrong#if-right": the key and the feedback for a wrong and a right answer. */
export function readTrueFalse(set: string, format: TextFormat): DraftOption[] {
  const [key = "", wrong = "", ...right] = set.split("#");
  const isTrue = /^(T|TRUE)$/i.test(key.trim());
  const rightFeedback = storedText(right.join("#"), format);
  const wrongFeedback = storedText(wrong, format);
  return [
    {
      text: "True",
      correct: isTrue,
      weight: isTrue ? 100 : 0,
      feedback: isTrue ? rightFeedback : wrongFeedback,
      misconception: null,
    },
    {
      text: "False",
      correct: !isTrue,
      weight: isTrue ? 0 : 100,
      feedback: isTrue ? wrongFeedback : rightFeedback,
      misconception: null,
    },
  ];
}

/** The answer set's question type as Moodle decides it, or why this app skips it. */
export function classify(set: string): "choice" | "truefalse" | { skip: string } {
  const text = set.trim();
  if (text === "") return { skip: "essay questions are not supported (only multiple choice and true/false)" };
  if (text.startsWith("#"))
    return { skip: "numerical questions are not supported (only multiple choice and true/false)" };
  if (text.includes("~")) return "choice";
  if (text.includes("=") && text.includes("->"))
    return { skip: "matching questions are not supported (only multiple choice and true/false)" };
  const key = text.split("#")[0]!.trim();
  if (/^(T|TRUE|F|FALSE)$/i.test(key)) return "truefalse";
  return { skip: "short answer questions are not supported (only multiple choice and true/false)" };
}
