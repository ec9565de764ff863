import { kindOf, type DraftQuestion } from "../question";
import { startsWithFormat } from "../text-format";
import { escapeGift } from "./escapes";
import { writeComments, type Metadata } from "./metadata";

/** An answer or feedback text: escaped, and protected when it would read as a format prefix. */
const piece = (text: string) => (startsWithFormat(text) ? "[markdown]" : "") + escapeGift(text);

/** A weight as GIFT writes it (100/3 → 33.33333). */
const percent = (w: number) => String(Math.round(w * 100000) / 100000);

function metadataOf(q: DraftQuestion): Metadata {
  const m: Metadata = {};
  if (q.domain) m.domain = q.domain;
  if (q.topic) m.topic = q.topic;
  if (q.cardId) m.cardId = q.cardId;
  if (q.references.length) m.references = q.references;
  if (q.options.some((o) => o.misconception)) m.misconceptions = q.options.map((o) => o.misconception);
  return m;
}

function answerSet(q: DraftQuestion): string[] {
  if (kindOf(q) === "truefalse") {
    const [t, f] = q.options;
    const isTrue = t!.correct;
    const right = (isTrue ? t! : f!).feedback;
    const wrong = (isTrue ? f! : t!).feedback;
    let set = isTrue ? "TRUE" : "FALSE";
    if (wrong || right) set += `#${piece(wrong)}`;
    if (right) set += `#${piece(right)}`;
    return [set];
  }
  return q.options.map((o) => {
    // A text that starts with % would read as a weight: then the weight is always written.
    const explicit = o.text.startsWith("%");
    let marker: string;
    if (q.type === "single" && o.correct) marker = explicit ? "=%100%" : "=";
    else if (o.weight === 0 && !explicit) marker = "~";
    else marker = `~%${percent(o.weight)}%`;
    return `\t${marker}${piece(o.text)}${o.feedback ? `#${piece(o.feedback)}` : ""}`;
  });
}

/**
 * Writes questions as GIFT that Moodle imports and that parseGift reads back to the same
 * questions: texts as [markdown], weights as Moodle writes them, $CATEGORY when the category
 * changes, [id:]/[tag:] comments, and this app's metadata in one comment line.
 */
export function exportGift(questions: DraftQuestion[], heading?: string): string {
  const out: string[] = [];
  if (heading) out.push(`// ${heading.replace(/\s+/g, " ")}\n`);
  let category: string | null = null;
  for (const q of questions) {
    if (q.category !== category) {
      out.push(`$CATEGORY: $course$/top${q.category ? `/${escapeGift(q.category)}` : ""}\n`);
      category = q.category;
    }
    const lines = writeComments({ externalId: q.externalId, tags: q.tags, metadata: metadataOf(q) });
    const title = q.title ? `::${escapeGift(q.title)}::` : "";
    const set = answerSet(q);
    const general = q.explanation ? `####${piece(q.explanation)}` : "";
    if (kindOf(q) === "truefalse") {
      lines.push(`${title}[markdown]${escapeGift(q.stem)}{${set[0]}${general}}`);
    } else {
      lines.push(`${title}[markdown]${escapeGift(q.stem)}{`, ...set, ...(general ? [`\t${general}`] : []), "}");
    }
    out.push(`${lines.join("\n")}\n`);
  }
  return out.join("\n");
}
