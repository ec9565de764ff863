import type { Issue } from "../platform/errors";
import { AppError, notFound } from "../platform/errors";
import type { PrismaClient } from "../platform/prisma";
import { DRAFT_SELECT, draftOfRow } from "../banks/question-drafts";
import { createLineages, LIVE, retireQuestion, reviseQuestion, VERSION_REF } from "../banks/question-versions";
import { kindOf, normalizeQuestion, normalizeWeights, type DraftQuestion } from "@/lib/banks/question";
import { questionProblems } from "@/lib/banks/rules";
import type { QuestionInput } from "@/lib/validations/authoring";
import { getBankForAuthorOrThrow, type Author } from "./access";

const plain = (md: string, max = 90) => {
  const text = md
    .replace(/[`*_#>[\]()]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

/** The live questions of a bank in order, each with its format problems (what blocks publishing). */
export async function listBankQuestions(db: PrismaClient, bankId: string) {
  const rows = await db.question.findMany({
    where: { bankId, ...LIVE },
    select: {
      ...VERSION_REF,
      ...DRAFT_SELECT,
      updatedAt: true,
      _count: { select: { reports: { where: { status: "OPEN" } } } },
    },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((r) => {
    const draft = draftOfRow(r);
    return {
      lineageId: r.lineageId,
      version: r.version,
      kind: kindOf(draft),
      summary: plain(draft.title ?? draft.stem),
      domain: draft.domain,
      problems: questionProblems(draft),
      openReports: r._count.reports,
    };
  });
}

/** Every live question's problems, addressed by its number in the bank. */
export async function publishProblems(db: PrismaClient, bankId: string): Promise<Issue[]> {
  const questions = await listBankQuestions(db, bankId);
  if (questions.length === 0)
    return [{ path: "questions", message: "a bank needs at least one question to be published" }];
  return questions.flatMap((q, i) =>
    q.problems.map((p) => ({
      path: `questions[${i}].${p.path}`,
      message: `Question ${i + 1} (${q.summary}): ${p.message}`,
    })),
  );
}

/** The live version of a question in a bank the author manages, as a draft, or 404. */
export async function loadQuestion(db: PrismaClient, user: Author, bankId: string, lineageId: string) {
  await getBankForAuthorOrThrow(db, user, bankId);
  const row = await db.question.findFirst({
    where: { bankId, lineageId, ...LIVE },
    select: { ...VERSION_REF, ...DRAFT_SELECT, createdAt: true },
  });
  if (!row) throw notFound(`Question ${lineageId}`);
  return { ref: row, draft: draftOfRow(row), version: row.version, createdAt: row.createdAt };
}

/** The editor's input as a draft; the format rules and links to cards must hold (422 otherwise). */
async function checkedDraft(db: PrismaClient, input: QuestionInput, externalId: string | null): Promise<DraftQuestion> {
  const draft = normalizeWeights(normalizeQuestion({ ...input, externalId }));
  const issues: Issue[] = questionProblems(draft);
  const cardIds = [draft.cardId, ...draft.options.map((o) => o.misconception?.split("#")[0] ?? null)];
  const wanted = [...new Set(cardIds.filter((c): c is string => c !== null))];
  const found = new Set(
    (await db.conceptCard.findMany({ where: { id: { in: wanted }, retiredAt: null }, select: { id: true } })).map(
      (c) => c.id,
    ),
  );
  if (draft.cardId && !found.has(draft.cardId))
    issues.push({ path: "cardId", message: `no concept card "${draft.cardId}"` });
  draft.options.forEach((o, i) => {
    const card = o.misconception?.split("#")[0];
    if (card && !found.has(card) && !issues.some((p) => p.path === `options[${i}].misconception`))
      issues.push({ path: `options[${i}].misconception`, message: `no concept card "${card}"` });
  });
  if (issues.length) throw new AppError(422, "The question is not valid yet", issues);
  return draft;
}

/** Adds a question at the end of a bank. */
export async function createQuestion(db: PrismaClient, user: Author, bankId: string, input: QuestionInput, now: Date) {
  await getBankForAuthorOrThrow(db, user, bankId);
  const draft = await checkedDraft(db, input, null);
  const last = await db.question.aggregate({ where: { bankId, ...LIVE }, _max: { position: true } });
  const [lineageId] = await db.$transaction((tx) =>
    createLineages(tx, bankId, [{ question: draft, position: (last._max.position ?? -1) + 1 }], now),
  );
  await db.questionBank.update({ where: { id: bankId }, data: { updatedAt: now } });
  return { lineageId: lineageId!, outcome: "created" as const };
}

/** Saves an edit: a new version when learners may have seen the current one (question-versions.ts). */
export async function updateQuestion(
  db: PrismaClient,
  user: Author,
  bankId: string,
  lineageId: string,
  input: QuestionInput,
  now: Date,
) {
  const { ref, draft: current } = await loadQuestion(db, user, bankId, lineageId);
  const draft = await checkedDraft(db, input, current.externalId);
  const revision = await db.$transaction((tx) => reviseQuestion(tx, ref, draft, now));
  if (revision.outcome !== "unchanged")
    await db.questionBank.update({ where: { id: bankId }, data: { updatedAt: now } });
  return { lineageId, outcome: revision.outcome };
}

/** Copies a question right after itself, as a new question (no external id: it is not the same one). */
export async function duplicateQuestion(db: PrismaClient, user: Author, bankId: string, lineageId: string, now: Date) {
  const { ref, draft } = await loadQuestion(db, user, bankId, lineageId);
  const copy = { ...draft, externalId: null, title: draft.title ? `${draft.title} (copy)` : null };
  const [id] = await db.$transaction(async (tx) => {
    await tx.question.updateMany({
      where: { bankId, ...LIVE, position: { gt: ref.position } },
      data: { position: { increment: 1 } },
    });
    return createLineages(tx, bankId, [{ question: copy, position: ref.position + 1 }], now);
  });
  return { lineageId: id! };
}

/** Puts the bank's live questions in the given order; the list must name each exactly once. */
export async function reorderQuestions(db: PrismaClient, user: Author, bankId: string, order: string[]) {
  await getBankForAuthorOrThrow(db, user, bankId);
  const live = await db.question.findMany({ where: { bankId, ...LIVE }, select: { id: true, lineageId: true } });
  const known = new Set(live.map((q) => q.lineageId));
  if (order.length !== live.length || new Set(order).size !== order.length || order.some((id) => !known.has(id)))
    throw new AppError(409, "The question list changed meanwhile; reload the bank and try again");
  const idOf = new Map(live.map((q) => [q.lineageId, q.id]));
  await db.$transaction(
    order.map((l, position) => db.question.update({ where: { id: idOf.get(l)! }, data: { position } })),
  );
}

/** Takes a question out of the bank (and out of learners' queues); its versions and history stay. */
export async function deleteQuestion(db: PrismaClient, user: Author, bankId: string, lineageId: string, now: Date) {
  const { ref } = await loadQuestion(db, user, bankId, lineageId);
  await db.$transaction((tx) => retireQuestion(tx, ref, now));
}
