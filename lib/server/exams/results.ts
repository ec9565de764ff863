import type { PrismaClient } from "../platform/prisma";
import { AppError, notFound } from "../platform/errors";
import type { ExamEnd, ExamMode } from "@/lib/generated/prisma/enums";
import { DOMAINS, type Domain } from "@/lib/content/schema";
import { attemptTitle, optionOrder } from "@/lib/exam/present";
import { groupMisconceptions, outcomeOf, type Outcome } from "@/lib/exam/review";
import { scoreAttempt, type DomainScore } from "@/lib/exam/scoring";
import { timeUsedMs } from "@/lib/exam/timing";
import { cardLinks, misconceptionStatements } from "./cards";
import { parseBlueprint, parseIds } from "./stored";
import { finalizeIfExpired } from "./submit";

export type ResultOption = {
  id: string;
  text: string;
  correct: boolean;
  chosen: boolean;
  feedback: string;
  misconception: string | null;
};
export type ResultItem = {
  position: number;
  stem: string;
  domain: Domain | null;
  topic: string | null;
  scored: boolean;
  flagged: boolean;
  outcome: Outcome;
  select: number;
  options: ResultOption[];
  explanation: string;
  references: string[];
  card: { id: string; title: string } | null;
};
export type MisconceptionShown = {
  ref: string;
  cardId: string;
  cardTitle: string;
  /** The belief the chosen distractors embody, and what is true instead (from the card). */
  wrong: string | null;
  right: string | null;
  positions: number[];
};
export type Results = {
  id: string;
  mode: ExamMode;
  title: string;
  startedAt: string;
  submittedAt: string;
  endedBy: ExamEnd | null;
  timeUsedMs: number;
  minutesAllowed: number | null;
  raw: number;
  scoredCount: number;
  scaled: number;
  passed: boolean;
  passMark: number;
  cutScore: number;
  domains: Record<Domain, DomainScore>;
  items: ResultItem[];
  misconceptions: MisconceptionShown[];
  /** Live cards behind the questions missed (incorrect or skipped), to add to reviews. */
  missedCardIds: string[];
};

const asDomain = (d: string | null): Domain | null =>
  (DOMAINS as readonly string[]).includes(d ?? "") ? (d as Domain) : null;
const parseUrls = (json: string): string[] => {
  const v = JSON.parse(json) as unknown;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
};

/** A submitted attempt's results: score, domains, every question explained, misconceptions shown. */
export async function getResults(db: PrismaClient, userId: string, attemptId: string, now: Date): Promise<Results> {
  const load = () =>
    db.examAttempt.findFirst({
      where: { id: attemptId, userId },
      select: {
        id: true,
        mode: true,
        blueprint: true,
        seed: true,
        startedAt: true,
        deadlineAt: true,
        submittedAt: true,
        endedBy: true,
        answers: {
          orderBy: { position: "asc" },
          select: {
            position: true,
            scored: true,
            flagged: true,
            selected: true,
            correct: true,
            question: {
              select: {
                stem: true,
                explanation: true,
                domain: true,
                topic: true,
                cardId: true,
                references: true,
                options: {
                  orderBy: { position: "asc" },
                  select: { id: true, text: true, correct: true, feedback: true, misconception: true },
                },
              },
            },
          },
        },
      },
    });
  let a = await load();
  if (!a) throw notFound("Exam attempt");
  if (!a.submittedAt && (await finalizeIfExpired(db, a, now))) a = (await load())!;
  if (!a.submittedAt) throw new AppError(409, "This exam is still in progress: submit it to see your results.");
  const bp = parseBlueprint(a.blueprint);

  const items: ResultItem[] = a.answers.map((r) => {
    const selected = new Set(parseIds(r.selected));
    const q = r.question;
    return {
      position: r.position,
      stem: q.stem,
      domain: asDomain(q.domain),
      topic: q.topic,
      scored: r.scored,
      flagged: r.flagged,
      outcome: outcomeOf({ selected: [...selected], correct: r.correct === true }),
      select: q.options.filter((o) => o.correct).length,
      options: optionOrder(q.options, a.seed, r.position).map((o) => ({
        id: o.id,
        text: o.text,
        correct: o.correct,
        chosen: selected.has(o.id),
        feedback: o.feedback,
        misconception: o.misconception,
      })),
      explanation: q.explanation,
      references: parseUrls(q.references),
      card: q.cardId ? { id: q.cardId, title: q.cardId } : null,
    };
  });

  const groups = groupMisconceptions(
    items.flatMap((i) =>
      i.options
        .filter((o) => o.chosen)
        .map((o) => ({ position: i.position, optionId: o.id, misconception: o.misconception, correct: o.correct })),
    ),
  );
  const cardIds = [...new Set([...items.flatMap((i) => (i.card ? [i.card.id] : [])), ...groups.map((g) => g.cardId)])];
  const [cards, statements] = await Promise.all([
    cardLinks(db, cardIds),
    misconceptionStatements(
      db,
      groups.map((g) => g.ref),
    ),
  ]);
  for (const i of items) if (i.card) i.card.title = cards.get(i.card.id)?.title ?? i.card.id;

  const score = scoreAttempt(
    items.map((i) => ({ domain: i.domain, scored: i.scored, correct: i.outcome === "correct" })),
    bp,
  );
  const missedCardIds = [
    ...new Set(items.filter((i) => i.outcome !== "correct" && i.card).map((i) => i.card!.id)),
  ].filter((id) => cards.get(id)?.live);
  return {
    id: a.id,
    mode: a.mode,
    title: attemptTitle(a.mode, bp.scope),
    startedAt: a.startedAt.toISOString(),
    submittedAt: a.submittedAt.toISOString(),
    endedBy: a.endedBy,
    timeUsedMs: timeUsedMs({ startedAt: a.startedAt, submittedAt: a.submittedAt, deadlineAt: a.deadlineAt }),
    minutesAllowed: bp.minutes,
    raw: score.raw,
    scoredCount: score.scoredCount,
    scaled: score.scaled,
    passed: score.passed,
    passMark: bp.passMark,
    cutScore: bp.cutScore,
    domains: score.domains,
    items,
    misconceptions: groups.map((g) => ({
      ref: g.ref,
      cardId: g.cardId,
      cardTitle: cards.get(g.cardId)?.title ?? g.cardId,
      wrong: statements.get(g.ref)?.wrong ?? null,
      right: statements.get(g.ref)?.right ?? null,
      positions: g.positions,
    })),
    missedCardIds,
  };
}
