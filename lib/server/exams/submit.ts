import type { PrismaClient } from "../platform/prisma";
import type { ExamEnd } from "@/lib/generated/prisma/enums";
import { DOMAINS, type Domain } from "@/lib/content/schema";
import { isAnswerCorrect, scoreAttempt } from "@/lib/exam/scoring";
import { autoSubmitTime, GRACE_MS, isExpired } from "@/lib/exam/timing";
import { parseBlueprint, parseIds } from "./stored";

const asDomain = (d: string | null): Domain | null =>
  (DOMAINS as readonly string[]).includes(d ?? "") ? (d as Domain) : null;

/**
 * Submits an attempt: grades every answer (all or nothing; unanswered is wrong), stores the raw
 * and scaled scores. The first submission wins (the claim on submittedAt is the first write of
 * the transaction), so a double click, two tabs and the deadline can race safely; returns false
 * when the attempt was already submitted.
 */
export async function submitAttempt(
  db: PrismaClient,
  attemptId: string,
  submittedAt: Date,
  endedBy: ExamEnd,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const claim = await tx.examAttempt.updateMany({
      where: { id: attemptId, submittedAt: null },
      data: { submittedAt, endedBy, activeSlot: null }, // frees the learner's timed-mock slot (start.ts)
    });
    if (claim.count === 0) return false;
    const attempt = await tx.examAttempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: {
        blueprint: true,
        answers: {
          select: {
            questionId: true,
            selected: true,
            scored: true,
            question: { select: { domain: true, options: { where: { correct: true }, select: { id: true } } } },
          },
        },
      },
    });
    const graded = attempt.answers.map((a) => ({
      questionId: a.questionId,
      domain: asDomain(a.question.domain),
      scored: a.scored,
      correct: isAnswerCorrect(
        parseIds(a.selected),
        a.question.options.map((o) => o.id),
      ),
    }));
    const right = graded.filter((g) => g.correct).map((g) => g.questionId);
    await tx.examAnswer.updateMany({ where: { attemptId, questionId: { in: right } }, data: { correct: true } });
    await tx.examAnswer.updateMany({ where: { attemptId, questionId: { notIn: right } }, data: { correct: false } });
    const score = scoreAttempt(graded, parseBlueprint(attempt.blueprint));
    await tx.examAttempt.update({
      where: { id: attemptId },
      data: { rawScore: score.raw, scaledScore: score.scaled, passed: score.passed },
    });
    return true;
  });
}

/** Submits the attempt at its deadline if time ran out (the server's submission, at the deadline whenever noticed). */
export async function finalizeIfExpired(
  db: PrismaClient,
  a: { id: string; deadlineAt: Date | null; submittedAt: Date | null },
  now: Date,
): Promise<boolean> {
  if (!a.deadlineAt || !isExpired(a, now)) return false;
  await submitAttempt(db, a.id, autoSubmitTime({ deadlineAt: a.deadlineAt }), "DEADLINE");
  return true;
}

/** Submits every attempt of the learner whose time ran out; called whenever their attempts are read. */
export async function finalizeExpiredFor(db: PrismaClient, userId: string, now: Date): Promise<number> {
  const expired = await db.examAttempt.findMany({
    where: { userId, submittedAt: null, deadlineAt: { lt: new Date(now.getTime() - GRACE_MS) } },
    select: { id: true, deadlineAt: true, submittedAt: true },
  });
  let n = 0;
  for (const a of expired) if (await finalizeIfExpired(db, a, now)) n++;
  return n;
}
