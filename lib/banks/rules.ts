import { DOMAINS } from "@/lib/content/schema";
import { kindOf, type DraftQuestion } from "./question";

/** A problem with one field of a question, addressed like "options[2].text". */
export type Problem = { path: string; message: string };

export const SELECT_WORDS = ["", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT"] as const;
const NUMBER_OF: Record<string, number> = Object.fromEntries(
  SELECT_WORDS.flatMap((w, i) =>
    w
      ? [
          [w.toLowerCase(), i],
          [String(i), i],
        ]
      : [],
  ),
);
const SAYS_HOW_MANY = /\((?:select|choose)\s+([a-z]+|\d)\.?\)/gi;
export const MISCONCEPTION_REF = /^[a-z0-9]+(-[a-z0-9]+)*#[a-z0-9]+(-[a-z0-9]+)*$/;

/** How many options the stem asks for ("(Select TWO.)" → 2), or null when it does not say. */
export function statedSelectCount(stem: string): number | null {
  const said = [...stem.matchAll(SAYS_HOW_MANY)].map((m) => NUMBER_OF[m[1]!.toLowerCase()]);
  const last = said.at(-1);
  return last === undefined ? null : last;
}

/**
 * The SAP-C02 format rules a question must meet to be saved in the editor or published: single
 * response = exactly one correct of at least 4 options (true/false: one of its two); multiple
 * response = at least 2 correct of at least 5 options, and the stem says how many to choose.
 */
export function questionProblems(q: DraftQuestion): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const kind = kindOf(q);
  const correct = q.options.filter((o) => o.correct).length;

  if (q.stem.trim() === "") add("stem", "must not be empty");
  if (q.options.length < 2) add("options", "needs at least two options");
  q.options.forEach((o, i) => {
    if (o.text.trim() === "") add(`options[${i}].text`, "must not be empty");
    if (o.misconception !== null && o.correct)
      add(`options[${i}].misconception`, "only a wrong option can embody a misconception");
    else if (o.misconception !== null && !MISCONCEPTION_REF.test(o.misconception))
      add(`options[${i}].misconception`, 'must be "<card id>#<pair id>"');
  });
  const texts = q.options.map((o) => o.text.trim().toLowerCase()).filter(Boolean);
  if (new Set(texts).size !== texts.length) add("options", "options must be distinct");

  if (kind === "truefalse") {
    if (correct !== 1) add("options", `a true/false question needs exactly 1 correct option (has ${correct})`);
  } else if (kind === "single") {
    if (correct !== 1) add("options", `a single-answer question needs exactly 1 correct option (has ${correct})`);
    if (q.options.length < 4)
      add("options", `a single-answer question needs at least 4 options (has ${q.options.length})`);
  } else {
    if (correct < 2) add("options", `a multiple-response question needs at least 2 correct options (has ${correct})`);
    if (q.options.length < 5)
      add("options", `a multiple-response question needs at least 5 options (has ${q.options.length})`);
    const word = SELECT_WORDS[correct];
    if (correct >= 2 && word && statedSelectCount(q.stem) !== correct)
      add("stem", `must say how many to choose: end it with "(Select ${word}.)" for its ${correct} correct options`);
    const shares = q.options.filter((o) => o.correct).reduce((s, o) => s + o.weight, 0);
    if (correct >= 2 && Math.abs(shares - 100) > 0.01)
      add("options", `the correct options' weights add up to ${Math.round(shares * 100) / 100}%, not 100%`);
  }

  if (q.domain !== null && !(DOMAINS as readonly string[]).includes(q.domain))
    add("domain", `must be one of ${DOMAINS.join(", ")}`);
  q.references.forEach((r, i) => {
    if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(r)) add(`references[${i}]`, "must be an https:// link");
  });
  return problems;
}
