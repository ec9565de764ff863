import { kindOf, type DraftQuestion } from "./question";

/**
 * Anki's text import (2.1.54+): header lines name the separator, the HTML setting, the note type,
 * the one deck and the tags column; then one note per line. Fields are HTML (escaped text, line
 * breaks as <br>), so no field ever holds a tab or a newline.
 */
export type AnkiNote = { front: string; back: string; tags: string[] };

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Text as one Anki HTML field. */
export const ankiField = (text: string) => escapeHtml(text.trim()).replace(/\t/g, " ").replace(/\r?\n/g, "<br>");

/** Anki tags have no spaces; "::" nests them. */
export const ankiTag = (tag: string) =>
  tag
    .trim()
    .replace(/\s+/g, "_")
    .replace(/[^\p{L}\p{N}_:.-]/gu, "");

export function ankiText(deck: string, notes: AnkiNote[]): string {
  const header = [
    "#separator:tab",
    "#html:true",
    "#notetype:Basic",
    `#deck:${deck.replace(/[\t\r\n]+/g, " ")}`,
    "#tags column:3",
  ];
  const lines = notes.map((n) =>
    [n.front, n.back, [...new Set(n.tags.map(ankiTag).filter(Boolean))].join(" ")].join("\t"),
  );
  return `${[...header, ...lines].join("\n")}\n`;
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** One note per question: the stem and lettered options on the front, the key and why on the back. */
export function questionNote(q: DraftQuestion, bankTags: string[] = []): AnkiNote {
  const tf = kindOf(q) === "truefalse";
  const options = tf ? "" : `<br><br>${q.options.map((o, i) => `${LETTERS[i]}. ${ankiField(o.text)}`).join("<br>")}`;
  const keys = q.options.flatMap((o, i) => (o.correct ? [tf ? o.text : `${LETTERS[i]}. ${ankiField(o.text)}`] : []));
  const back = [`<b>Answer:</b> ${keys.join("<br>")}`, ...(q.explanation ? [ankiField(q.explanation)] : [])].join(
    "<br><br>",
  );
  return {
    front: `${ankiField(q.stem)}${tf ? "<br><br>True or false?" : options}`,
    back,
    tags: ["coldstart", ...bankTags, ...q.tags, ...(q.domain ? [q.domain] : []), ...(q.topic ? [q.topic] : [])],
  };
}

/** A concept card's misconception pairs, as the exporter needs them. */
export type CardPairs = {
  cardId: string;
  title: string;
  domains: string[];
  pairs: { id: string; wrong: string; right: string; why: string }[];
};

/** One note per misconception pair: the misconception on the front, the correction and why on the back. */
export function misconceptionNotes(cards: CardPairs[]): AnkiNote[] {
  return cards.flatMap((card) =>
    card.pairs.map((p) => ({
      front: `<i>${ankiField(card.title)}</i><br><br>True or false? ${ankiField(p.wrong)}`,
      back: `<b>False.</b> ${ankiField(p.right)}<br><br>${ankiField(p.why)}`,
      tags: ["coldstart", "misconception", card.cardId, ...card.domains],
    })),
  );
}
