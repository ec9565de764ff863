import type { Card } from "./parse";
import { distractorsFor } from "./distractors";

export type MisconceptionKind = "MISCONCEPTION_CHOICE" | "MISCONCEPTION_TF";

/**
 * The safe part of an item, which may be shown before answering. A true/false item's statement is
 * not here: each review shows the right or the wrong statement, chosen by the presentation seed.
 */
export type ItemPrompt =
  | { kind: "choice"; cardId: string; cardTitle: string; question: string }
  | { kind: "truefalse"; cardId: string; cardTitle: string };

/**
 * The key, the statements and the feedback, kept on the server until the learner has answered.
 * "choice" offers the right statement, the pair's wrong one and wrong statements of sibling and
 * related pairs (distractors), in a per-review shuffled order.
 */
export type MisconceptionAnswer =
  | { kind: "choice"; right: string; wrong: string; distractors: string[]; why: string }
  | { kind: "truefalse"; right: string; wrong: string; why: string };

export type MisconceptionItem = {
  id: string;
  kind: MisconceptionKind;
  cardId: string;
  pairId: string;
  pairIndex: number;
  prompt: ItemPrompt;
  answer: MisconceptionAnswer;
};

/** Stable item id: card id, the pair's own id and item type (review history is keyed by it). */
export const itemId = (cardId: string, pairId: string, type: "choice" | "tf") => `${cardId}#${pairId}:${type}`;

/**
 * The review items a card yields: per misconception pair, "which statement is true?" and
 * "true or false?". `cards` is the whole catalogue, where distractors come from.
 */
export function itemsForCard(card: Card, cards: readonly Card[]): MisconceptionItem[] {
  return card.misconceptions.flatMap((m, i): MisconceptionItem[] => [
    {
      id: itemId(card.id, m.id, "choice"),
      kind: "MISCONCEPTION_CHOICE",
      cardId: card.id,
      pairId: m.id,
      pairIndex: i,
      prompt: { kind: "choice", cardId: card.id, cardTitle: card.title, question: "Which statement is true?" },
      answer: { kind: "choice", right: m.right, wrong: m.wrong, distractors: distractorsFor(card, m.id, cards), why: m.why },
    },
    {
      id: itemId(card.id, m.id, "tf"),
      kind: "MISCONCEPTION_TF",
      cardId: card.id,
      pairId: m.id,
      pairIndex: i,
      prompt: { kind: "truefalse", cardId: card.id, cardTitle: card.title },
      answer: { kind: "truefalse", right: m.right, wrong: m.wrong, why: m.why },
    },
  ]);
}
