/**
 * The one in-memory shape of a question, whatever it came from (the editor, GIFT, Aiken, the app's
 * JSON, a seed file) and wherever it goes (the database, an export). Texts are Markdown.
 */
export type QuestionType = "single" | "multiple";
/** What the CLI and import reports count: a true/false question is a single response on True/False. */
export type QuestionKind = "single" | "multiple" | "truefalse";

export type DraftOption = {
  text: string;
  correct: boolean;
  /** Moodle's answer weight in percent (-100..100): 100 for a single key, shares of 100 for a multiple key. */
  weight: number;
  feedback: string;
  /** "<cardId>#<pairId>": the concept-card misconception this distractor embodies. */
  misconception: string | null;
};

export type DraftQuestion = {
  externalId: string | null;
  title: string | null;
  type: QuestionType;
  stem: string;
  options: DraftOption[];
  explanation: string;
  domain: string | null;
  topic: string | null;
  category: string | null;
  cardId: string | null;
  tags: string[];
  references: string[];
};

export const TRUE_FALSE = ["True", "False"] as const;

/** A true/false question: single response whose options are exactly True then False. */
export function kindOf(q: Pick<DraftQuestion, "type" | "options">): QuestionKind {
  if (q.type === "multiple") return "multiple";
  const [a, b, ...rest] = q.options;
  return rest.length === 0 && a?.text === TRUE_FALSE[0] && b?.text === TRUE_FALSE[1] ? "truefalse" : "single";
}

const round = (n: number) => Math.round(n * 100000) / 100000;

/**
 * Makes weights agree with the correct flags (the editor shows flags, GIFT carries weights):
 * a single key weighs 100; a multiple key keeps weights that share 100 between its correct
 * options, else each correct option gets an equal share; a wrong option never weighs more than 0
 * in a multiple-response question (a partial-credit distractor of a single response is kept).
 */
export function normalizeWeights(q: DraftQuestion): DraftQuestion {
  const correct = q.options.filter((o) => o.correct);
  const positive = correct.reduce((s, o) => s + (o.weight > 0 ? o.weight : 0), 0);
  const keepShares = q.type === "multiple" && correct.every((o) => o.weight > 0) && Math.abs(positive - 100) < 0.01;
  const options = q.options.map((o) => {
    if (q.type === "single") {
      if (o.correct) return { ...o, weight: 100 };
      return { ...o, weight: o.weight >= 100 || o.weight <= -100 ? Math.sign(o.weight) * 100 : o.weight };
    }
    if (o.correct) return { ...o, weight: keepShares ? o.weight : round(100 / correct.length) };
    return { ...o, weight: Math.max(-100, Math.min(0, o.weight)) };
  });
  return { ...q, options };
}

/**
 * Trims texts and drops empty or repeated tags, so equal content compares (and hashes) equal.
 * Weights are kept as given (an import must not change them); the editor normalises them.
 */
export function normalizeQuestion(q: DraftQuestion): DraftQuestion {
  const blank = (s: string | null) => (s === null || s.trim() === "" ? null : s.trim());
  return {
    externalId: blank(q.externalId),
    title: blank(q.title),
    type: q.type,
    stem: q.stem.trim(),
    options: q.options.map((o) => ({
      text: o.text.trim(),
      correct: o.correct,
      weight: o.weight,
      feedback: o.feedback.trim(),
      misconception: blank(o.misconception),
    })),
    explanation: q.explanation.trim(),
    domain: blank(q.domain),
    topic: blank(q.topic),
    category: blank(q.category),
    cardId: blank(q.cardId),
    tags: [...new Set(q.tags.map((t) => t.trim()).filter(Boolean))],
    references: q.references.map((r) => r.trim()).filter(Boolean),
  };
}

/**
 * The question's content as one string: two questions with the same canonical form are the same
 * question (re-imports are recognised by it). The external id is left out: it names a question,
 * it is not its content.
 */
export function canonicalQuestion(q: DraftQuestion): string {
  const { externalId: _id, ...content } = normalizeQuestion(q);
  return JSON.stringify(content);
}

/** An empty single-response question with four options, for the editor's "New question". */
export function blankQuestion(): DraftQuestion {
  return {
    externalId: null,
    title: null,
    type: "single",
    stem: "",
    options: [0, 1, 2, 3].map((i) => ({
      text: "",
      correct: i === 0,
      weight: i === 0 ? 100 : 0,
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
}
