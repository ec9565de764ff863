import { kindOf, type DraftQuestion } from "../question";
import type { ImportedQuestion, LineMessage, ParseResult, Skipped } from "../import-types";
import { questionProblems } from "../rules";
import { splitFormat, toMarkdown } from "../text-format";
import { classify, readChoices, readTrueFalse, storedText } from "./answers";
import { splitBlocks, type Block } from "./blocks";
import { restoreEscapes } from "./escapes";
import { readComments } from "./metadata";

/** "$CATEGORY: $course$/top/Lambda/Scaling" → "Lambda/Scaling" (Moodle's context prefix dropped). */
export const categoryPath = (raw: string) =>
  raw
    .trim()
    .replace(/^\$[a-z0-9]+\$\/?/i, "")
    .replace(/^top(\/|$)/, "")
    .trim();

type BlockOutcome = { question?: ImportedQuestion; skipped?: Skipped; errors: LineMessage[]; category?: string | null };

/**
 * Reads a GIFT file (Moodle's format; see ../../../../shared/specs/question-banks.md) into
 * questions, skipped blocks and errors. It never throws: every problem becomes an error with the
 * 1-based line it is on, and the caller imports nothing while there is any.
 */
export function parseGift(source: string): ParseResult {
  const result: ParseResult = { questions: [], skipped: [], errors: [] };
  let category: string | null = null;
  for (const block of splitBlocks(source)) {
    const outcome = readBlock(block, category);
    if (outcome.category !== undefined) category = outcome.category;
    if (outcome.question) result.questions.push(outcome.question);
    if (outcome.skipped) result.skipped.push(outcome.skipped);
    result.errors.push(...outcome.errors);
  }
  return result;
}

function readBlock(block: Block, category: string | null): BlockOutcome {
  const text = block.text;
  const start = text.length - text.trimStart().length;
  if (text.trim() === "") return { errors: [] }; // comments only
  const at = (offset: number) => block.lineAt(offset);
  const fail = (offset: number, message: string): BlockOutcome => ({ errors: [{ line: at(offset), message }] });

  if (text.startsWith("$CATEGORY:", start)) {
    const [first, ...more] = text.slice(start + "$CATEGORY:".length).split("\n");
    if (more.some((l) => l.trim() !== ""))
      return fail(start, "a $CATEGORY line must stand alone: put a blank line before the next question");
    return { errors: [], category: categoryPath(restoreEscapes(first ?? "")) || null };
  }

  let pos = start;
  let title: string | null = null;
  if (text.startsWith("::", pos)) {
    const close = text.indexOf("::", pos + 2);
    if (close < 0) return fail(pos, "the title starting with :: is not closed with ::");
    title = restoreEscapes(text.slice(pos + 2, close)).trim() || null;
    pos = close + 2;
  }
  const open = text.indexOf("{", pos);
  const shut = text.indexOf("}", pos);
  if (open < 0 && shut < 0)
    return { errors: [], skipped: { line: at(start), reason: "description (text with no answers) is not a question" } };
  if (shut < 0) return fail(open, "{ is not closed by }: the answers must end with } (escape a literal brace as \\{)");
  if (open < 0 || shut < open) return fail(shut, "} has no matching {: escape a literal brace as \\}");
  const nested = text.indexOf("{", open + 1);
  if (nested >= 0 && nested < shut) return fail(nested, "{ inside the answers: escape a literal brace as \\{");
  const again = text.slice(shut + 1).search(/[{}]/);
  if (again >= 0) return fail(shut + 1 + again, "a second { … } in one question: escape literal braces as \\{ and \\}");

  const comments = readComments(block.comments);
  const stemRaw = text.slice(pos, open);
  const { format, text: stemText } = splitFormat(stemRaw.trim(), "moodle");
  let answerSet = text.slice(open + 1, shut);
  const general = answerSet.lastIndexOf("####");
  const explanation = general < 0 ? "" : storedText(answerSet.slice(general + 4), format);
  if (general >= 0) answerSet = answerSet.slice(0, general);

  const line = block.firstLine;
  const kind = classify(answerSet);
  if (typeof kind === "object") return { errors: comments.errors, skipped: { line, reason: kind.skip } };
  if (text.slice(shut + 1).trim() !== "")
    return {
      errors: comments.errors,
      skipped: {
        line,
        reason: "missing-word (fill-in-the-blank) questions are not supported: text follows the answers",
      },
    };

  const errors = [...comments.errors];
  const choices =
    kind === "choice"
      ? readChoices({ text: answerSet, offset: open + 1 }, format, at)
      : { type: "single" as const, options: readTrueFalse(answerSet, format), errors: [] };
  errors.push(...choices.errors);
  const stem = toMarkdown(restoreEscapes(stemText), format).trim();
  if (stem === "") errors.push({ line, message: "the question has no text before its answers" });

  const meta = comments.metadata;
  const question: DraftQuestion = {
    externalId: comments.externalId,
    title,
    type: choices.type,
    stem,
    options: choices.options.map((o, i) => ({ ...o, misconception: meta.misconceptions?.[i] ?? null })),
    explanation,
    domain: meta.domain ?? null,
    topic: meta.topic ?? null,
    category,
    cardId: meta.cardId ?? null,
    tags: comments.tags,
    references: meta.references ?? [],
  };
  if (errors.length) return { errors };
  return { errors, question: { line, kind: kindOf(question), question, warnings: questionProblems(question) } };
}
