import type { PrismaClient } from "../platform/prisma";
import { notFound } from "../platform/errors";
import type { ExamMode } from "@/lib/generated/prisma/enums";
import { attemptTitle, optionOrder } from "@/lib/exam/present";
import { isAnswerCorrect } from "@/lib/exam/scoring";
import { finalizeIfExpired } from "./submit";
import { parseBlueprint, parseIds } from "./stored";

export type OptionView = { id: string; text: string };
export type AnswerState = { selected: string[]; flagged: boolean; struck: string[]; revision: number };
/** The key and explanations of one question: only in practice modes, only once the learner checked their answer. */
export type RevealView = {
  correct: boolean;
  correctIds: string[];
  explanation: string;
  options: { id: string; feedback: string }[];
  cardId: string | null;
};
export type QuestionView = {
  position: number;
  stem: string;
  /** How many options to choose ("Select TWO"), as the real exam says. */
  select: number;
  options: OptionView[];
  answer: AnswerState;
  /** Absent in a timed mock; null until checked in the practice modes. */
  reveal?: RevealView | null;
};
/** What the browser gets for an attempt in progress. Built field by field: nothing from the database is spread in. */
export type AttemptView = {
  status: "open";
  id: string;
  mode: ExamMode;
  title: string;
  /** When the key is shown: only after submission (timed mock), or after each checked answer (practice modes). */
  keyShown: "after-submit" | "after-each";
  startedAt: string;
  deadlineAt: string | null;
  /** The server's time when the view was built, so the page can count down on the server's clock. */
  serverNow: string;
  questions: QuestionView[];
};
export type AttemptPayload = AttemptView | { status: "submitted"; id: string };

/** The server-side row behind one question of an attempt (it holds the key: never sent as is). */
export const questionSelect = {
  type: true,
  stem: true,
  explanation: true,
  cardId: true,
  options: { orderBy: { position: "asc" }, select: { id: true, text: true, correct: true, feedback: true } },
} as const;

type Row = {
  position: number;
  selected: string;
  flagged: boolean;
  struck: string;
  revision: number;
  revealedAt: Date | null;
  question: {
    stem: string;
    explanation: string;
    cardId: string | null;
    options: { id: string; text: string; correct: boolean; feedback: string }[];
  };
};

export const answerState = (r: Pick<Row, "selected" | "flagged" | "struck" | "revision">): AnswerState => ({
  selected: parseIds(r.selected),
  flagged: r.flagged,
  struck: parseIds(r.struck),
  revision: r.revision,
});

/** The key of a checked practice answer. */
export function revealOf(r: Row, seed: number): RevealView {
  const options = optionOrder(r.question.options, seed, r.position);
  const correctIds = options.filter((o) => o.correct).map((o) => o.id);
  return {
    correct: isAnswerCorrect(parseIds(r.selected), correctIds),
    correctIds,
    explanation: r.question.explanation,
    options: options.map((o) => ({ id: o.id, feedback: o.feedback })),
    cardId: r.question.cardId,
  };
}

function questionView(r: Row, seed: number, feedback: "end" | "each"): QuestionView {
  const view: QuestionView = {
    position: r.position,
    stem: r.question.stem,
    select: r.question.options.filter((o) => o.correct).length,
    options: optionOrder(r.question.options, seed, r.position).map((o) => ({ id: o.id, text: o.text })),
    answer: answerState(r),
  };
  if (feedback === "each") view.reveal = r.revealedAt ? revealOf(r, seed) : null;
  return view;
}

/**
 * The learner's attempt as the exam page shows it, or `submitted` once it is over (the server
 * submits it here if its time ran out). Another learner's attempt is a 404.
 */
export async function getAttemptView(
  db: PrismaClient,
  userId: string,
  attemptId: string,
  now: Date,
): Promise<AttemptPayload> {
  const a = await db.examAttempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      id: true,
      mode: true,
      blueprint: true,
      seed: true,
      startedAt: true,
      deadlineAt: true,
      submittedAt: true,
      answers: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          selected: true,
          flagged: true,
          struck: true,
          revision: true,
          revealedAt: true,
          question: { select: questionSelect },
        },
      },
    },
  });
  if (!a) throw notFound("Exam attempt");
  if (a.submittedAt || (await finalizeIfExpired(db, a, now))) return { status: "submitted", id: a.id };
  const bp = parseBlueprint(a.blueprint);
  return {
    status: "open",
    id: a.id,
    mode: a.mode,
    title: attemptTitle(a.mode, bp.scope),
    keyShown: bp.feedback === "end" ? "after-submit" : "after-each",
    startedAt: a.startedAt.toISOString(),
    deadlineAt: a.deadlineAt?.toISOString() ?? null,
    serverNow: now.toISOString(),
    questions: a.answers.map((r) => questionView(r, a.seed, bp.feedback)),
  };
}
