import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canonicalQuestion, type DraftQuestion } from "@/lib/banks/question";
import { insertRows } from "../platform/bulk-insert";
import { timeOrderedId } from "../platform/ids";
import { questionItemId } from "./question-items";
import { DRAFT_SELECT, draftOfRow } from "./question-drafts";

/**
 * The write path of question versions (the rule is described on the Question model): every
 * creation, edit and retirement of a bank question goes through here, from the editor, imports
 * and the seed alike.
 */
type Tx = Prisma.TransactionClient;

/** A live version, as the functions below need it. */
export type VersionRef = { id: string; lineageId: string; version: number; bankId: string; position: number };
export const VERSION_REF = { id: true, lineageId: true, version: true, bankId: true, position: true } as const;

/** Where live questions are: not retired, not superseded by a newer version. */
export const LIVE = { retiredAt: null, supersededAt: null } as const;

export const contentHashOf = (q: DraftQuestion) =>
  crypto.createHash("sha256").update(canonicalQuestion(q)).digest("hex");

/** The Question columns of a draft (ids, bank, version and position are the caller's). */
export function questionColumns(q: DraftQuestion) {
  return {
    contentHash: contentHashOf(q),
    externalId: q.externalId,
    title: q.title,
    type: q.type === "single" ? ("SINGLE" as const) : ("MULTIPLE" as const),
    stem: q.stem,
    explanation: q.explanation,
    domain: q.domain,
    topic: q.topic,
    category: q.category,
    cardId: q.cardId,
    tags: JSON.stringify(q.tags),
    references: JSON.stringify(q.references),
  };
}

/** The QuestionOption rows of a draft for one version. */
export function optionRows(questionId: string, q: DraftQuestion) {
  return q.options.map((o, position) => ({
    questionId,
    position,
    text: o.text,
    correct: o.correct,
    weight: o.weight,
    feedback: o.feedback,
    misconception: o.misconception,
  }));
}

/**
 * Creates new questions (version 1 of new lineages) with their review items, in bulk: an import
 * of thousands of questions is a few multi-row inserts (platform/bulk-insert.ts: createMany cost
 * ~1 ms of CPU per row in Prisma's query compiler). Every column is given, as insertRows needs:
 * createdAt and updatedAt are `now`. Returns the new lineage ids.
 */
export async function createLineages(
  tx: Tx,
  bankId: string,
  drafts: { question: DraftQuestion; position: number }[],
  now: Date,
): Promise<string[]> {
  const rows = drafts.map((d) => ({ id: timeOrderedId(now), ...d }));
  await insertRows(
    tx,
    "Question",
    rows.map((r) => ({
      id: r.id,
      lineageId: r.id,
      version: 1,
      supersededAt: null,
      bankId,
      position: r.position,
      retiredAt: null,
      createdAt: now,
      updatedAt: now,
      ...questionColumns(r.question),
    })),
  );
  await insertRows(
    tx,
    "QuestionOption",
    rows.flatMap((r) => optionRows(r.id, r.question).map((o) => ({ id: timeOrderedId(now), ...o }))),
  );
  await insertRows(
    tx,
    "ReviewItem",
    rows.map((r) => ({
      id: questionItemId(r.id),
      kind: "QUESTION",
      cardId: r.question.cardId,
      pairIndex: null,
      questionId: r.id,
      prompt: "{}",
      answer: "{}",
      retiredAt: null,
      updatedAt: now,
    })),
  );
  return rows.map((r) => r.id);
}

/** Whether learners may have seen or answered this version (then it must not change any more). */
export async function versionInUse(tx: Tx, v: VersionRef): Promise<boolean> {
  const [bank, answers, logs, reports] = await Promise.all([
    tx.questionBank.findUniqueOrThrow({ where: { id: v.bankId }, select: { published: true } }),
    tx.examAnswer.count({ where: { questionId: v.id }, take: 1 }),
    tx.reviewLog.count({ where: { itemId: questionItemId(v.lineageId), questionId: v.id }, take: 1 }),
    tx.questionReport.count({ where: { questionId: v.id }, take: 1 }),
  ]);
  return bank.published || answers > 0 || logs > 0 || reports > 0;
}

export type Revision = { outcome: "unchanged" | "edited" | "versioned"; id: string };

/**
 * Applies a draft to a live question. Same content: nothing changes. A version nobody could have
 * seen (unpublished bank, never answered or reported) is edited in place; otherwise a new version
 * is created, the old one is stamped superseded, and the lineage's review item moves to the new
 * version (learners keep their scheduling; their logs keep the version they answered).
 */
export async function reviseQuestion(tx: Tx, current: VersionRef, draft: DraftQuestion, now: Date): Promise<Revision> {
  const columns = questionColumns(draft);
  const stored = await tx.question.findUniqueOrThrow({
    where: { id: current.id },
    select: { contentHash: true, ...DRAFT_SELECT },
  });
  if (stored.contentHash === columns.contentHash) return { outcome: "unchanged", id: current.id };
  if (canonicalQuestion(draftOfRow(stored)) === canonicalQuestion(draft)) {
    // Same content under a hash of an older scheme (rows written before versions existed).
    await tx.question.update({ where: { id: current.id }, data: { contentHash: columns.contentHash } });
    return { outcome: "unchanged", id: current.id };
  }
  if (!(await versionInUse(tx, current))) {
    await tx.questionOption.deleteMany({ where: { questionId: current.id } });
    await tx.question.update({ where: { id: current.id }, data: columns });
    await tx.questionOption.createMany({ data: optionRows(current.id, draft) });
    await tx.reviewItem.updateMany({ where: { questionId: current.id }, data: { cardId: draft.cardId } });
    return { outcome: "edited", id: current.id };
  }
  const id = timeOrderedId(now);
  await tx.question.update({ where: { id: current.id }, data: { supersededAt: now } });
  await tx.question.create({
    data: {
      id,
      lineageId: current.lineageId,
      version: current.version + 1,
      bankId: current.bankId,
      position: current.position,
      createdAt: now,
      ...columns,
    },
  });
  await tx.questionOption.createMany({ data: optionRows(id, draft) });
  await tx.reviewItem.upsert({
    where: { id: questionItemId(current.lineageId) },
    create: {
      id: questionItemId(current.lineageId),
      kind: "QUESTION",
      questionId: id,
      cardId: draft.cardId,
      prompt: "{}",
      answer: "{}",
    },
    update: { questionId: id, cardId: draft.cardId, retiredAt: null },
  });
  return { outcome: "versioned", id };
}

/** Retires a lineage: its live version leaves banks and review queues; history stays. */
export async function retireQuestion(tx: Tx, current: VersionRef, now: Date): Promise<void> {
  await tx.question.update({ where: { id: current.id }, data: { retiredAt: now } });
  await tx.reviewItem.updateMany({ where: { id: questionItemId(current.lineageId) }, data: { retiredAt: now } });
}

/** Brings a retired lineage back (the seed file lists it again). */
export async function restoreQuestion(tx: Tx, current: VersionRef): Promise<void> {
  await tx.question.update({ where: { id: current.id }, data: { retiredAt: null } });
  await tx.reviewItem.updateMany({ where: { id: questionItemId(current.lineageId) }, data: { retiredAt: null } });
}
