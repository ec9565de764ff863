import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { bankFileSchema } from "./bank-file";

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
          .filter((q) => q.cardId !== undefined && !fs.existsSync(path.join(CARDS_DIR, `${q.cardId}.mdx`)))
          .map((q) => `${q.id}: ${q.cardId}`);
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
