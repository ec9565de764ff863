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
  /** The right statement, when the learner has not already seen it as the right option or statement. */
  right: string | null;
  /** The misconception, shown after a true/false item that presented the right statement. */
  mistake: string | null;
  why: string;
  optionFeedback: Record<string, string>;
};

const LETTERS = ["A", "B", "C", "D", "E", "F", "G", "H"];

/**
 * Presents an item for one review. The seed comes from the learner, the item and its review count,
 * so the option order (and which statement a true/false item shows) changes from review to review
 * but is identical when the server re-derives it to grade.
 */
export function present(item: StoredItem, seed: string): { view: ItemView; key: ItemKey } {
  const rng = new Prng(hashString(seed));
  if (item.kind === "MISCONCEPTION_CHOICE" && item.answer.kind === "choice" && item.prompt.kind === "choice") {
    const { right, wrong, distractors, why } = item.answer;
    // The right statement first, so its letter is found after the shuffle.
    const order = shuffled(
      [right, wrong, ...distractors].map((text, i) => ({ text, isRight: i === 0 })),
      rng,
    );
    const options = order.map((o, i) => ({ id: LETTERS[i] as string, text: o.text }));
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
        correctIds: [LETTERS[order.findIndex((o) => o.isRight)] as string],
        right,
        mistake: null,
        why,
        optionFeedback: {},
      },
    };
  }
  if (item.kind === "MISCONCEPTION_TF" && item.answer.kind === "truefalse" && item.prompt.kind === "truefalse") {
    const { right, wrong, why } = item.answer;
    // A fair coin per review: "false" must not be the answer a learner can count on.
    const showsRight = rng.next() < 0.5;
    return {
      view: {
        itemId: item.id,
        kind: "truefalse",
        title: item.prompt.cardTitle,
        prompt: "True or false?",
        statement: showsRight ? right : wrong,
        options: [
          { id: "true", text: "True" },
          { id: "false", text: "False" },
        ],
        select: 1,
        cardId: item.prompt.cardId,
      },
      key: {
        correctIds: [String(showsRight)],
        right: showsRight ? null : right,
        mistake: showsRight ? wrong : null,
        why,
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
        mistake: null,
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
