import { hashString, Prng, shuffled } from "@/lib/random/prng";
import type { ItemPrompt, MisconceptionAnswer } from "@/lib/content/items";

/** A review item as stored: its kind, prompt and key (plus options for bank questions). */
export type StoredItem =
  | { id: string; kind: "MISCONCEPTION_CHOICE" | "MISCONCEPTION_TF"; prompt: ItemPrompt; answer: MisconceptionAnswer }
  | {
      id: string;
      kind: "QUESTION";
      question: {
        id: string;
        type: "SINGLE" | "MULTIPLE";
        stem: string;
        explanation: string;
        cardId: string | null;
        bankTitle: string;
        options: { id: string; text: string; correct: boolean; feedback: string }[];
      };
    };

/** What the browser gets before answering: no key, no feedback. */
export type ItemView = {
  itemId: string;
  kind: "choice" | "truefalse" | "question";
  title: string;
  prompt: string;
  statement?: string;
  options: { id: string; text: string }[];
  select: number;
  cardId: string | null;
};

/** The key and teaching text, revealed only after an answer. */
export type ItemKey = {
  correctIds: string[];
  right: string | null;
  why: string;
  optionFeedback: Record<string, string>;
};

const LETTERS = ["A", "B", "C", "D", "E", "F", "G", "H"];

/**
 * Presents an item for one review. Option order is shuffled with a seed from the learner, the item
 * and its review count, so it changes every review but is identical when the server re-derives it to grade.
 */
export function present(item: StoredItem, seed: string): { view: ItemView; key: ItemKey } {
  const rng = new Prng(hashString(seed));
  if (item.kind === "MISCONCEPTION_CHOICE" && item.answer.kind === "choice" && item.prompt.kind === "choice") {
    const answer = item.answer;
    const order = shuffled(["right", "wrong"] as const, rng);
    const options = order.map((which, i) => ({ id: LETTERS[i] as string, text: answer[which] }));
    return {
      view: {
        itemId: item.id,
        kind: "choice",
        title: item.prompt.cardTitle,
        prompt: item.prompt.question,
        options,
        select: 1,
        cardId: item.prompt.cardId,
      },
      key: {
        correctIds: [LETTERS[order.indexOf("right")] as string],
        right: item.answer.right,
        why: item.answer.why,
        optionFeedback: {},
      },
    };
  }
  if (item.kind === "MISCONCEPTION_TF" && item.answer.kind === "truefalse" && item.prompt.kind === "truefalse") {
    return {
      view: {
        itemId: item.id,
        kind: "truefalse",
        title: item.prompt.cardTitle,
        prompt: "True or false?",
        statement: item.prompt.statement,
        options: [
          { id: "true", text: "True" },
          { id: "false", text: "False" },
        ],
        select: 1,
        cardId: item.prompt.cardId,
      },
      key: {
        correctIds: [String(item.answer.correct)],
        right: item.answer.right,
        why: item.answer.why,
        optionFeedback: {},
      },
    };
  }
  if (item.kind === "QUESTION") {
    const q = item.question;
    const options = shuffled(q.options, rng);
    return {
      view: {
        itemId: item.id,
        kind: "question",
        title: q.bankTitle,
        prompt: q.stem,
        options: options.map((o) => ({ id: o.id, text: o.text })),
        select: q.type === "SINGLE" ? 1 : q.options.filter((o) => o.correct).length,
        cardId: q.cardId,
      },
      key: {
        correctIds: q.options.filter((o) => o.correct).map((o) => o.id),
        right: null,
        why: q.explanation,
        optionFeedback: Object.fromEntries(q.options.filter((o) => o.feedback).map((o) => [o.id, o.feedback])),
      },
    };
  }
  throw new Error(`Review item ${item.id} has an inconsistent prompt and key`);
}

/** Whether the chosen options are exactly the correct set (multiple response scores only when complete). */
export function isCorrect(key: ItemKey, chosen: readonly string[]): boolean {
  const want = new Set(key.correctIds);
  const got = new Set(chosen);
  return want.size === got.size && [...want].every((id) => got.has(id));
}

/** The seed of one review's presentation. */
export const presentationSeed = (userId: string, itemId: string, reps: number, lapses: number) =>
  `${userId}|${itemId}|${reps}|${lapses}`;
