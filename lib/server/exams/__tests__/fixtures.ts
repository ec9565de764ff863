import { DOMAINS, type Domain } from "@/lib/content/schema";
import type { PrismaClient } from "../../platform/prisma";

/** Text that only the key side of a question carries: a payload containing it leaked the key. */
export const SECRET_MARK = "KEYTEXT";

export type FixtureOptions = {
  perDomain?: Partial<Record<Domain, number>>;
  /** Every n-th question is multiple response (two of five correct). */
  multipleEvery?: number;
  /** Misconception refs for the first distractor of each question, by domain. */
  misconceptionOf?: Partial<Record<Domain, string>>;
  cardOf?: Partial<Record<Domain, string>>;
  topicOf?: (domain: Domain, i: number) => string;
};

/**
 * A generated, published bank: questions "<domain>-<i>" whose explanations and feedback carry
 * SECRET_MARK, so a test can tell a leaked key from anything a learner may see.
 */
export async function seedFixtureBank(db: PrismaClient, opts: FixtureOptions = {}) {
  const owner = await db.user.create({ data: { email: `owner-${Math.random()}@example.com`, role: "INSTRUCTOR" } });
  const bank = await db.questionBank.create({ data: { title: "Fixture bank", ownerId: owner.id, published: true } });
  const perDomain = opts.perDomain ?? { D1: 30, D2: 30, D3: 30, D4: 30 };
  let n = 0;
  for (const domain of DOMAINS) {
    for (let i = 0; i < (perDomain[domain] ?? 0); i++) {
      n++;
      const multiple = opts.multipleEvery ? n % opts.multipleEvery === 0 : false;
      const options = Array.from({ length: multiple ? 5 : 4 }, (_, k) => ({
        position: k,
        text: `Option ${k + 1} of ${domain}-${i}`,
        correct: multiple ? k < 2 : k === 0,
        feedback: `${SECRET_MARK} feedback ${k} of ${domain}-${i}`,
        misconception: k === (multiple ? 2 : 1) ? (opts.misconceptionOf?.[domain] ?? null) : null,
      }));
      await db.question.create({
        data: {
          id: `${bank.id}-${domain}-${i}`,
          lineageId: `${bank.id}-${domain}-${i}`,
          bankId: bank.id,
          externalId: `${domain}-${i}`,
          contentHash: `${domain}-${i}`,
          type: multiple ? "MULTIPLE" : "SINGLE",
          stem: `Question ${domain}-${i}: a scenario stem.${multiple ? " (Select TWO.)" : ""}`,
          explanation: `${SECRET_MARK} explanation of ${domain}-${i}`,
          domain,
          topic: opts.topicOf?.(domain, i) ?? `topic-${domain}`,
          cardId: opts.cardOf?.[domain] ?? null,
          references: JSON.stringify(["https://docs.aws.amazon.com/lambda/"]),
          position: n,
          options: { create: options },
        },
      });
    }
  }
  return { bankId: bank.id, ownerId: owner.id };
}

/** The key of a question: the ids of its correct options. */
export async function keyOf(
  db: PrismaClient,
  attemptId: string,
  position: number,
): Promise<{ right: string[]; wrong: string[] }> {
  const a = await db.examAnswer.findFirstOrThrow({
    where: { attemptId, position },
    select: { question: { select: { options: { select: { id: true, correct: true } } } } },
  });
  return {
    right: a.question.options.filter((o) => o.correct).map((o) => o.id),
    wrong: a.question.options.filter((o) => !o.correct).map((o) => o.id),
  };
}

export const user = (db: PrismaClient, email: string) => db.user.create({ data: { email } });
