import type { Card } from "./parse";

export type MisconceptionKind = "MISCONCEPTION_CHOICE" | "MISCONCEPTION_TF";

/** The safe part of an item, which may be shown before answering. */
export type ItemPrompt =
  | { kind: "choice"; cardId: string; cardTitle: string; question: string }
  | { kind: "truefalse"; cardId: string; cardTitle: string; statement: string };

/**
 * The key and feedback. For "choice" the two statements live here too: the server shows them
 * in a per-review shuffled order, so the stored order (right first) never reaches the browser.
 */
export type MisconceptionAnswer =
  | { kind: "choice"; right: string; wrong: string; why: string }
  | { kind: "truefalse"; correct: boolean; right: string; why: string };

export type MisconceptionItem = {
  id: string;
  kind: MisconceptionKind;
  cardId: string;
  pairIndex: number;
  prompt: ItemPrompt;
  answer: MisconceptionAnswer;
};

/** Stable item id: card id, misconception index and item type (review history is keyed by it). */
export const itemId = (cardId: string, pairIndex: number, type: "choice" | "tf") => `${cardId}#${pairIndex}:${type}`;

/** The review items a card yields: per misconception pair, "which is true?" and "true or false: <wrong>". */
export function itemsForCard(card: Card): MisconceptionItem[] {
  return card.misconceptions.flatMap((m, i): MisconceptionItem[] => [
    {
      id: itemId(card.id, i, "choice"),
      kind: "MISCONCEPTION_CHOICE",
      cardId: card.id,
      pairIndex: i,
      prompt: { kind: "choice", cardId: card.id, cardTitle: card.title, question: "Which statement is true?" },
      answer: { kind: "choice", right: m.right, wrong: m.wrong, why: m.why },
    },
    {
      id: itemId(card.id, i, "tf"),
      kind: "MISCONCEPTION_TF",
      cardId: card.id,
      pairIndex: i,
      prompt: { kind: "truefalse", cardId: card.id, cardTitle: card.title, statement: m.wrong },
      answer: { kind: "truefalse", correct: false, right: m.right, why: m.why },
    },
  ]);
}
