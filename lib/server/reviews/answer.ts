import type { PrismaClient } from "../platform/prisma";
import { signAnswer } from "./answer-token";
import { keepFirstGrading } from "./first-answer";
import { loadStoredItem } from "./items";
import { liveItemFor } from "./live-items";
import { STATE_FIELDS } from "./state";
import { getReviewSettings } from "./settings";
import { AppError } from "../platform/errors";
import { allowedGrades } from "@/lib/srs/grading";
import { isCorrect, present, presentationSeed, type ItemKey } from "@/lib/srs/present";
import { formatInterval, previewDue, RATING_NAMES, type RatingName } from "@/lib/srs/scheduler";
import type { StateRow } from "@/lib/srs/mapper";
import { serializeState } from "@/lib/srs/snapshot";
import type { AnswerInput } from "@/lib/validations/review";

export type AnswerResult = {
  correct: boolean;
  /** The option ids that were graded: the learner's first answer at this version. */
  answer: string[];
  /** True when the item had already been answered at this version: the first answer stands. */
  repeated: boolean;
  key: ItemKey;
  allowed: RatingName[];
  intervals: Record<RatingName, string>;
  token: string;
};

/** Whether an option belongs to another version of the same question (it was edited meanwhile). */
async function isOptionOfEarlierVersion(db: PrismaClient, optionId: string, liveId: string): Promise<boolean> {
  const [option, live] = await Promise.all([
    db.questionOption.findUnique({ where: { id: optionId }, select: { question: { select: { lineageId: true } } } }),
    db.question.findUnique({ where: { id: liveId }, select: { lineageId: true } }),
  ]);
  return option !== null && option.question.lineageId === live?.lineageId;
}

/**
 * Loads the learner's state of an item they may study now (the queue's rule, `liveItemFor`), or
 * throws a 404 AppError that says no more than "not in your reviews".
 */
export async function loadStateOrThrow(
  db: PrismaClient,
  userId: string,
  itemId: string,
): Promise<StateRow & { version: number }> {
  const state = await db.reviewState.findFirst({
    where: { userId, itemId, item: liveItemFor(userId) },
    select: { ...STATE_FIELDS, version: true },
  });
  if (!state) throw new AppError(404, `Item ${itemId} is not in your reviews`);
  return state;
}

/**
 * Grades an answer and reveals the key, the feedback and what each rating would schedule. The
 * first grading of (learner, item, version) is stored and stands: answering again at the same
 * version returns it (with `repeated`), whatever is chosen the second time. The signed token
 * carries that grading to the rating submission, which therefore needs no read.
 */
export async function answerItem(
  db: PrismaClient,
  userId: string,
  input: AnswerInput,
  now: Date,
  secret: string,
): Promise<AnswerResult> {
  const [state, stored, settings] = await Promise.all([
    loadStateOrThrow(db, userId, input.itemId),
    loadStoredItem(db, input.itemId),
    getReviewSettings(db, userId),
  ]);
  if (!stored) throw new AppError(404, `Item ${input.itemId} no longer exists`);
  const { view, key } = present(stored, presentationSeed(userId, input.itemId, state.reps, state.lapses));
  const known = new Set(view.options.map((o) => o.id));
  const unknown = input.answer.find((id) => !known.has(id));
  if (unknown && stored.kind === "QUESTION" && (await isOptionOfEarlierVersion(db, unknown, stored.question.id))) {
    throw new AppError(
      409,
      "This question was edited since it was shown to you; load it again to answer the new version",
    );
  }
  if (unknown) throw new AppError(400, `Option ${unknown} is not one of this item's options`);
  if (new Set(input.answer).size !== input.answer.length) throw new AppError(400, "An option was chosen twice");
  if (view.select === 1 && input.answer.length !== 1) throw new AppError(400, "Choose exactly one option");

  const { grading, first } = await keepFirstGrading(
    db,
    userId,
    input.itemId,
    state.version,
    { answer: [...input.answer].sort(), correct: isCorrect(key, input.answer) },
    now,
  );
  const { correct, answer } = grading;
  const due = previewDue(state, now, settings, { fuzz: false });
  const intervals = Object.fromEntries(
    Object.entries(due).map(([name, d]) => [name, formatInterval(d.getTime() - now.getTime())]),
  ) as Record<RatingName, string>;
  const { version, ...row } = state;
  const token = signAnswer(
    {
      userId,
      itemId: input.itemId,
      version,
      correct,
      answer,
      questionId: stored.kind === "QUESTION" ? stored.question.id : null,
      state: serializeState(row),
      settings,
    },
    now,
    secret,
  );
  return {
    correct,
    answer,
    repeated: !first,
    key,
    allowed: allowedGrades(correct).map((g) => RATING_NAMES[g]),
    intervals,
    token,
  };
}
