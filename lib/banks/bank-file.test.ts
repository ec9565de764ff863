import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ACCURACY_RULES, sentencesOf } from "@/lib/content/accuracy-rules";
import { loadCards } from "@/lib/content/load";
import { bankFileSchema, type BankQuestion } from "./bank-file";

const BANKS_DIR = path.join(process.cwd(), "content", "banks");
const CARDS_DIR = path.join(process.cwd(), "content", "cards");

const formatPath = (p: PropertyKey[]) =>
  p.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    "",
  );

const problemsOf = (error: z.ZodError) => error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);

const bankFiles = fs
  .readdirSync(BANKS_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((file) => ({ file, json: JSON.parse(fs.readFileSync(path.join(BANKS_DIR, file), "utf8")) as unknown }));

/** A valid bank with one question of each type; tests break one thing at a time. */
function validBank() {
  const single = {
    id: "fx-001",
    type: "single",
    domain: "D2",
    cardId: "reserved-concurrency",
    stem: "Which setting both guarantees and caps a function's concurrency?",
    options: [
      { text: "Reserved concurrency", correct: true, feedback: "It is both a floor and a ceiling." },
      { text: "Provisioned concurrency", correct: false, feedback: "A warm floor, not a cap." },
      { text: "Maximum event age", correct: false, feedback: "An asynchronous retry setting." },
      { text: "Batch size", correct: false, feedback: "An event source mapping setting." },
    ],
    explanation: "Reserved concurrency reserves part of the account pool and caps the function at it.",
    references: ["https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html"],
  };
  const multiple = {
    id: "fx-002",
    type: "multiple",
    domain: "D2",
    stem: "Which destinations can receive asynchronous on-failure records? (Select TWO.)",
    options: [
      { text: "A standard SQS queue", correct: true, feedback: "" },
      { text: "An EventBridge event bus", correct: true, feedback: "" },
      { text: "An SQS FIFO queue", correct: false, feedback: "" },
      { text: "A DynamoDB table", correct: false, feedback: "" },
      { text: "A Kinesis data stream", correct: false, feedback: "" },
    ],
    explanation: "Destinations are standard SQS, standard SNS, Lambda, EventBridge and (on failure) S3.",
    references: [],
  };
  return { id: "fixture", title: "Fixture bank", description: "", questions: [single, multiple], single, multiple };
}

/** The bank object to parse, without the handles to its questions. */
const asFile = ({ single: _s, multiple: _m, ...bank }: ReturnType<typeof validBank>) => bank;

const parseFixture = (fixture: ReturnType<typeof validBank>) => {
  const result = bankFileSchema.safeParse(asFile(fixture));
  return { success: result.success, problems: result.success ? [] : problemsOf(result.error) };
};

describe("seed question banks (content/banks/*.json)", () => {
  it("there is at least one bank file", () => {
    expect(bankFiles.map((b) => b.file)).toContain("lambda-core.json");
  });

  for (const { file, json } of bankFiles) {
    describe(file, () => {
      const parsed = bankFileSchema.safeParse(json);

      it("parses with bankFileSchema", () => {
        expect(parsed.success ? [] : problemsOf(parsed.error)).toEqual([]);
      });

      it("has unique question ids", () => {
        if (!parsed.success) return;
        const ids = parsed.data.questions.map((q) => q.id);
        const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
        expect(dupes).toEqual([]);
      });

      it("links every question to an existing concept card", () => {
        if (!parsed.success) return;
        const missing = parsed.data.questions
          .filter((q) => q.cardId === undefined || !fs.existsSync(path.join(CARDS_DIR, `${q.cardId}.mdx`)))
          .map((q) => `${q.id}: ${q.cardId ?? "(no card)"}`);
        expect(missing).toEqual([]);
      });

      it("ends every multiple-response stem with the matching (Select N.)", () => {
        if (!parsed.success) return;
        const words = ["", "", "TWO", "THREE", "FOUR", "FIVE"];
        const wrong = parsed.data.questions
          .filter((q) => q.type === "multiple")
          .filter((q) => !q.stem.trimEnd().endsWith(`(Select ${words[q.options.filter((o) => o.correct).length]}.)`))
          .map((q) => q.id);
        expect(wrong).toEqual([]);
      });

      it("gives feedback on every option", () => {
        if (!parsed.success) return;
        const bare = parsed.data.questions.flatMap((q) =>
          q.options.flatMap((o, i) => (o.feedback.trim() === "" ? [`${q.id} option ${i}`] : [])),
        );
        expect(bare).toEqual([]);
      });
    });
  }

  it("question ids are unique across all banks", () => {
    const ids = bankFiles.flatMap(({ json }) => {
      const parsed = bankFileSchema.safeParse(json);
      return parsed.success ? parsed.data.questions.map((q) => q.id) : [];
    });
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

/**
 * Facts AWS has changed (see shared/specs/lambda-semantics.md). A bank may mention the old value only
 * while saying it is old; wrong options' own text is exempt because it states the misconception.
 */
describe("seed question banks teach current facts", () => {
  const OUTDATED: { fact: RegExp; why: string }[] = [
    { fact: /256\s?KB/i, why: "async payload is 1 MB since Oct 2025" },
    {
      fact: /\b3,?000\b.*\bburst|\bburst\b.*\b3,?000\b/i,
      why: "account-wide burst scaling is obsolete since Nov 2023",
    },
    { fact: /\+?\s?500 (per|a|\/) ?min/i, why: "the +500/minute ramp is obsolete since Nov 2023" },
    {
      fact: /(Init|INIT)[^.]*\b(is not|isn't|not) billed|\bfree Init\b/i,
      why: "Init is billed for on-demand functions since Aug 2025",
    },
    { fact: /100[\s-]?ms (billing|increments|granularity)/i, why: "billing is per 1 ms since Dec 2020" },
    {
      fact: /environment variables (are|is) not encrypted/i,
      why: "environment variables are encrypted at rest by default",
    },
  ];
  const PAST =
    /\b(was|were|until|before|used to|older|old|obsolete|legacy|previous|previously|earlier|no longer|changed|replaced|retired|deprecated)\b/i;
  const sentences = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter(Boolean);

  for (const { file, json } of bankFiles) {
    it(`${file} states no outdated fact as current`, () => {
      const parsed = bankFileSchema.safeParse(json);
      if (!parsed.success) return;
      const offending: string[] = [];
      for (const q of parsed.data.questions) {
        const texts = [
          q.stem,
          q.explanation,
          ...q.options.flatMap((o) => (o.correct ? [o.text, o.feedback] : [o.feedback])),
        ];
        for (const s of texts.flatMap(sentences)) {
          for (const { fact, why } of OUTDATED) {
            if (fact.test(s) && !PAST.test(s)) offending.push(`${q.id}: "${s}" (${why})`);
          }
        }
      }
      expect(offending).toEqual([]);
    });
  }
});

describe("bankFileSchema rejects malformed questions", () => {
  it("accepts the valid fixture", () => {
    expect(parseFixture(validBank())).toEqual({ success: true, problems: [] });
  });

  it("rejects a single-answer question with two correct options, naming questions[0].options", () => {
    const fixture = validBank();
    fixture.single.options = fixture.single.options.map((o, i) => (i === 1 ? { ...o, correct: true } : o));
    const { success, problems } = parseFixture(fixture);
    expect(success).toBe(false);
    expect(problems).toContainEqual(
      expect.stringMatching(/^questions\[0\]\.options: .*exactly 1 correct option \(has 2\)/),
    );
  });

  it("rejects a multiple-response question with two correct options but no (Select TWO.), naming stem", () => {
    const fixture = validBank();
    fixture.multiple.stem = "Which destinations can receive asynchronous on-failure records?";
    const { success, problems } = parseFixture(fixture);
    expect(success).toBe(false);
    expect(problems).toContainEqual(expect.stringMatching(/^questions\[1\]\.stem: .*\(Select TWO\.\)/));
    expect(problems.every((p) => p.startsWith("questions[1].stem"))).toBe(true);
  });

  it("rejects a stem whose (Select N.) does not match the number of correct options", () => {
    const fixture = validBank();
    fixture.multiple.stem = "Which destinations can receive asynchronous on-failure records? (Select THREE.)";
    const { success, problems } = parseFixture(fixture);
    expect(success).toBe(false);
    expect(problems).toContainEqual(expect.stringMatching(/^questions\[1\]\.stem: .*\(Select TWO\.\)/));
  });

  it("rejects duplicate options, case-insensitively", () => {
    const fixture = validBank();
    fixture.single.options = fixture.single.options.map((o, i) =>
      i === 3 ? { ...o, text: "provisioned CONCURRENCY" } : o,
    );
    const { success, problems } = parseFixture(fixture);
    expect(success).toBe(false);
    expect(problems).toContain("questions[0].options: options must be distinct");
  });

  it("rejects a single-answer question with fewer than 4 options", () => {
    const fixture = validBank();
    fixture.single.options = fixture.single.options.slice(0, 3);
    const { success, problems } = parseFixture(fixture);
    expect(success).toBe(false);
    expect(problems).toContainEqual(expect.stringMatching(/^questions\[0\]\.options: .*4 options/));
  });

  it("rejects unknown fields (strict schema)", () => {
    const result = bankFileSchema.safeParse({ ...asFile(validBank()), author: "someone" });
    expect(result.success).toBe(false);
  });

  it("links a distractor to a card misconception as <card>#<pair>, and refuses a link on a right option", () => {
    const fixture = validBank();
    fixture.single.options = fixture.single.options.map((o, i) =>
      i === 1 ? { ...o, misconception: "provisioned-concurrency#same-as-reserved" } : o,
    );
    expect(parseFixture(fixture)).toEqual({ success: true, problems: [] });
    fixture.single.options = fixture.single.options.map((o, i) =>
      i === 0
        ? { ...o, misconception: "reserved-concurrency#floor-and-ceiling" }
        : i === 2
          ? { ...o, misconception: "timeout" }
          : o,
    );
    const { problems } = parseFixture(fixture);
    expect(problems).toContain("questions[0].options[0].misconception: only a wrong option can embody a misconception");
    expect(problems).toContainEqual(
      expect.stringMatching(/^questions\[0\]\.options\[2\]\.misconception: must be "<card id>#<pair id>"/),
    );
  });
});

/*
 * The bank as a whole. A mock exam draws 75 questions to the SAP-C02 domain weights, so the bank must hold
 * enough of each domain for two mocks in a row, and nothing about an option's length or position may give
 * the key away. The checks are plain functions so that each one is also shown to catch a planted violation.
 */
type Question = BankQuestion;

const keyIndexes = (q: Question) => q.options.flatMap((o, i) => (o.correct ? [i] : []));
const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Share of single-answer questions whose key is strictly longer (or strictly shorter) than every distractor. */
function keyLengthExtremes(questions: Question[]) {
  const singles = questions.filter((q) => q.type === "single");
  let longest = 0;
  let shortest = 0;
  for (const q of singles) {
    const key = q.options.find((o) => o.correct)?.text.length ?? 0;
    const others = q.options.filter((o) => !o.correct).map((o) => o.text.length);
    if (others.every((l) => key > l)) longest++;
    if (others.every((l) => key < l)) shortest++;
  }
  return { longest: share(longest, singles.length), shortest: share(shortest, singles.length) };
}

/** For four-option single-answer questions, the share whose key has each length rank (0 = longest). */
function keyLengthRankShares(questions: Question[]) {
  const four = questions.filter((q) => q.type === "single" && q.options.length === 4);
  const counts = [0, 0, 0, 0];
  for (const q of four) {
    const key = q.options.find((o) => o.correct)?.text.length ?? 0;
    const rank = q.options.filter((o) => !o.correct && o.text.length > key).length;
    counts[rank] = (counts[rank] ?? 0) + 1;
  }
  return counts.map((n) => share(n, four.length));
}

/** Share of multiple-response questions whose keys are longer on average than their distractors. */
function multipleKeysLongerShare(questions: Question[]) {
  const multiples = questions.filter((q) => q.type === "multiple");
  const longer = multiples.filter((q) => {
    const keys = q.options.filter((o) => o.correct).map((o) => o.text.length);
    const others = q.options.filter((o) => !o.correct).map((o) => o.text.length);
    return mean(keys) > mean(others);
  });
  return share(longer.length, multiples.length);
}

/** For each option position, the share of questions of a type that have a key there. */
function keyPositionShares(questions: Question[], type: Question["type"], positions: number) {
  const ofType = questions.filter((q) => q.type === type);
  return Array.from({ length: positions }, (_, i) =>
    share(ofType.filter((q) => keyIndexes(q).includes(i)).length, ofType.length),
  );
}

/** Links that name no card, or a card without that misconception pair. */
function brokenMisconceptionLinks(questions: Question[], pairsByCard: Map<string, Set<string>>) {
  return questions.flatMap((q) =>
    q.options.flatMap((o, i) => {
      if (!o.misconception) return [];
      const [cardId = "", pairId = ""] = o.misconception.split("#");
      const pairs = pairsByCard.get(cardId);
      if (!pairs) return [`${q.id} option ${i}: no card "${cardId}"`];
      return pairs.has(pairId) ? [] : [`${q.id} option ${i}: card "${cardId}" has no pair "${pairId}"`];
    }),
  );
}

const BOUNDS = {
  /** A key that is the longest option in at most this share of single-answer questions (chance is 25 %). */
  keyLongest: 0.35,
  keyShortest: 0.35,
  /** No length rank (longest, second, third, shortest) is a good bet either. */
  keyRank: 0.4,
  /** Multiple-response questions whose keys are longer on average than the distractors. */
  multipleKeysLonger: 0.65,
  /** Each of the positions A-D holds the key of this share of single-answer questions. */
  singlePosition: [0.15, 0.35] as [number, number],
  /** Each of the first five positions holds a key in this share of multiple-response questions. */
  multiplePosition: [0.2, 0.65] as [number, number],
} as const;

const allQuestions = bankFiles.flatMap(({ json }) => {
  const parsed = bankFileSchema.safeParse(json);
  return parsed.success ? parsed.data.questions : [];
});
const cards = loadCards();
const pairsByCard = new Map(cards.map((c) => [c.id, new Set(c.misconceptions.map((m) => m.id))]));
const cardTopics = new Set(cards.map((c) => c.topic));

/** Two 75-question mocks in a row at the SAP-C02 weights (26/29/25/20 %) without reusing a question. */
const MOCK = { questions: 75, weights: { D1: 0.26, D2: 0.29, D3: 0.25, D4: 0.2 } } as const;
const DOMAIN_MINIMUMS = Object.fromEntries(
  Object.entries(MOCK.weights).map(([d, w]) => [d, 2 * Math.ceil(w * MOCK.questions)]),
) as Record<keyof typeof MOCK.weights, number>;

function bankShortfalls(questions: Question[]) {
  const count = (d: string) => questions.filter((q) => q.domain === d).length;
  const multiples = questions.filter((q) => q.type === "multiple").length;
  return [
    ...Object.entries(DOMAIN_MINIMUMS).flatMap(([d, min]) => (count(d) < min ? [`${d}: ${count(d)} < ${min}`] : [])),
    ...(multiples < 40 ? [`multiple response: ${multiples} < 40`] : []),
    ...(questions.length < 160 ? [`questions: ${questions.length} < 160`] : []),
  ];
}

describe("the seed banks as a whole", () => {
  it("hold enough questions per domain for two full mocks in a row, and at least 40 multiple-response ones", () => {
    expect(DOMAIN_MINIMUMS).toEqual({ D1: 40, D2: 44, D3: 38, D4: 30 });
    expect(bankShortfalls(allQuestions)).toEqual([]);
  });

  it("do not give the key away by length", () => {
    const { longest, shortest } = keyLengthExtremes(allQuestions);
    expect(longest).toBeLessThanOrEqual(BOUNDS.keyLongest);
    expect(shortest).toBeLessThanOrEqual(BOUNDS.keyShortest);
    expect(multipleKeysLongerShare(allQuestions)).toBeLessThanOrEqual(BOUNDS.multipleKeysLonger);
    const ranks = keyLengthRankShares(allQuestions);
    expect(ranks.flatMap((r, i) => (r > BOUNDS.keyRank ? [`rank ${i}: ${(100 * r).toFixed(0)} %`] : []))).toEqual([]);
  });

  it("spread the key over the positions", () => {
    const outside = (shares: number[], [low, high]: readonly [number, number]) =>
      shares.flatMap((s, i) => (s < low || s > high ? [`position ${"ABCDEF"[i]}: ${(100 * s).toFixed(0)} %`] : []));
    expect(outside(keyPositionShares(allQuestions, "single", 4), BOUNDS.singlePosition)).toEqual([]);
    expect(outside(keyPositionShares(allQuestions, "multiple", 5), BOUNDS.multiplePosition)).toEqual([]);
  });

  it("link every misconception to an existing card and pair", () => {
    expect(brokenMisconceptionLinks(allQuestions, pairsByCard)).toEqual([]);
  });

  it("link every question to a card, a topic shared with the cards, references and tags", () => {
    const bad = allQuestions.flatMap((q) => [
      ...(q.cardId && pairsByCard.has(q.cardId) ? [] : [`${q.id}: card ${q.cardId ?? "(none)"}`]),
      ...(q.topic && cardTopics.has(q.topic) ? [] : [`${q.id}: topic ${q.topic ?? "(none)"}`]),
      ...(q.references.length > 0 ? [] : [`${q.id}: no references`]),
      ...(q.tags.length > 0 ? [] : [`${q.id}: no tags`]),
    ]);
    expect(bad).toEqual([]);
  });
});

/** The questions obey the same outdated-fact rules as the concept cards (lib/content/accuracy-rules). */
function outdatedInQuestion(q: Question): string[] {
  const card = cards.find((c) => c.id === q.cardId);
  // Distractors' own text states the misconception on purpose, so only their feedback is checked.
  const units = [q.stem, q.explanation, ...q.options.flatMap((o) => (o.correct ? [o.text, o.feedback] : [o.feedback]))];
  // Rules that look at the surrounding text (for example "name both policies") read the whole question.
  const whole = units.join(" ");
  if (!card) return [];
  const asCard = { ...card, body: whole, misconceptions: [] };
  return units.flatMap((u) =>
    sentencesOf(u).flatMap((s) =>
      ACCURACY_RULES.filter((r) => r.flags(s, whole, asCard)).map((r) => `${q.id}: "${s}" (${r.why})`),
    ),
  );
}

describe("the seed banks state no outdated fact that the cards are checked for", () => {
  it("over every question", () => {
    expect(allQuestions.flatMap(outdatedInQuestion)).toEqual([]);
  });

  it("a planted API Gateway 429 and an X-Ray SDK recommendation are caught", () => {
    const [q] = allQuestions.filter((x) => x.cardId === "api-gateway-http-endpoints");
    if (!q) throw new Error("no API Gateway question to plant into");
    const planted = {
      ...q,
      explanation:
        "When Lambda throttles, API Gateway returns 429 to the client. Instrument the code with the X-Ray SDK.",
    };
    expect(outdatedInQuestion(planted)).toHaveLength(2);
  });
});

/** The checks above flag a bank built to break them. */
describe("bank-wide checks catch planted violations", () => {
  const question = (id: string, type: Question["type"], lengths: number[], keys: number[]): Question => ({
    id,
    type,
    domain: "D2",
    topic: "Error handling",
    cardId: "retries",
    stem: "A planted question used only to test the bank-wide checks. (Select TWO.)",
    options: lengths.map((n, i) => ({ text: `${i}`.padEnd(n, "x"), correct: keys.includes(i), feedback: "f" })),
    explanation: "A planted explanation of at least twenty characters.",
    references: [],
    tags: [],
  });

  it("a bank short of one domain, or of multiple-response questions", () => {
    const extraD4 = allQuestions.filter((q) => q.domain === "D4").slice(29);
    expect(bankShortfalls(allQuestions.filter((q) => !extraD4.includes(q)))).toContain("D4: 29 < 30");
    expect(bankShortfalls(allQuestions.filter((q) => q.type === "single"))).toContain("multiple response: 0 < 40");
  });

  it("a bank whose keys are always the longest option", () => {
    const bank = [0, 1, 2, 3].map((k) =>
      question(
        `p-${k}`,
        "single",
        [10, 20, 30, 40].map((l, i) => (i === k ? 99 : l)),
        [k],
      ),
    );
    expect(keyLengthExtremes(bank).longest).toBeGreaterThan(BOUNDS.keyLongest);
    expect(keyLengthExtremes(bank).shortest).toBeLessThanOrEqual(BOUNDS.keyShortest);
  });

  it("a bank whose keys are always the shortest option", () => {
    const bank = [0, 1, 2, 3].map((k) =>
      question(
        `p-${k}`,
        "single",
        [50, 60, 70, 80].map((l, i) => (i === k ? 5 : l)),
        [k],
      ),
    );
    expect(keyLengthExtremes(bank).shortest).toBeGreaterThan(BOUNDS.keyShortest);
  });

  it("a bank whose keys are always the second-longest option, which the longest-option bound alone would miss", () => {
    const bank = [0, 1, 2, 3].map((k) =>
      question(
        `s-${k}`,
        "single",
        [10, 20, 30, 40].map((l, i) => (i === k ? 60 : i === (k + 1) % 4 ? 90 : l)),
        [k],
      ),
    );
    expect(keyLengthExtremes(bank)).toEqual({ longest: 0, shortest: 0 });
    expect(keyLengthRankShares(bank)[1]).toBeGreaterThan(BOUNDS.keyRank);
  });

  it("multiple-response keys that are always longer than their distractors", () => {
    const bank = [
      question("m-1", "multiple", [90, 90, 10, 10, 10], [0, 1]),
      question("m-2", "multiple", [10, 90, 10, 90, 10], [1, 3]),
    ];
    expect(multipleKeysLongerShare(bank)).toBeGreaterThan(BOUNDS.multipleKeysLonger);
  });

  it("keys that always sit at A", () => {
    const bank = [1, 2, 3, 4].map((n) => question(`a-${n}`, "single", [10 * n, 11, 12, 13], [0]));
    const shares = keyPositionShares(bank, "single", 4);
    expect(shares[0]).toBeGreaterThan(BOUNDS.singlePosition[1]);
    expect(shares[3]).toBeLessThan(BOUNDS.singlePosition[0]);
  });

  it("links to a card or a pair that does not exist", () => {
    const q = question("l-1", "single", [10, 11, 12, 13], [0]);
    q.options[1] = { ...q.options[1]!, misconception: "retries#no-such-pair" };
    q.options[2] = { ...q.options[2]!, misconception: "no-such-card#sync-not-retried" };
    q.options[3] = { ...q.options[3]!, misconception: "retries#sync-not-retried" };
    expect(brokenMisconceptionLinks([q], pairsByCard)).toEqual([
      'l-1 option 1: card "retries" has no pair "no-such-pair"',
      'l-1 option 2: no card "no-such-card"',
    ]);
  });
});
