import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseImport, summarize } from "../import";
import { parseGift } from "./parse";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "..", "__fixtures__", name), "utf8");
const only = (source: string) => {
  const r = parseGift(source);
  expect(r.errors).toEqual([]);
  expect(r.questions).toHaveLength(1);
  return r.questions[0]!.question;
};

describe("GIFT written for this app (lib/banks/__fixtures__/lambda-sample.gift)", () => {
  const result = parseImport(fixture("lambda-sample.gift"), "gift");

  it("reads every supported question and skips the short answer with its line", () => {
    expect(result.errors).toEqual([]);
    expect(summarize(result)).toEqual({
      questions: 4,
      byType: { single: 2, multiple: 1, truefalse: 1 },
      skipped: [{ line: 28, reason: "short answer questions are not supported (only multiple choice and true/false)" }],
    });
    expect(result.questions.map((q) => q.line)).toEqual([5, 14, 25, 30]);
  });

  it("takes the id and tags from the comment, the title, the [markdown] text, feedback and general feedback", () => {
    expect(result.questions[0]!.question).toEqual({
      externalId: "lam-001",
      title: "Reserved concurrency",
      type: "single",
      stem: "Which setting both **guarantees** and caps the concurrency of one function?",
      options: [
        {
          text: "Reserved concurrency",
          correct: true,
          weight: 100,
          feedback: "It is a floor and a ceiling at once.",
          misconception: null,
        },
        {
          text: "Provisioned concurrency",
          correct: false,
          weight: 0,
          feedback: "It keeps environments warm; it does not cap the function.",
          misconception: null,
        },
        {
          text: "Maximum event age",
          correct: false,
          weight: 0,
          feedback: "An asynchronous retry setting.",
          misconception: null,
        },
        {
          text: "Batch size",
          correct: false,
          weight: 0,
          feedback: "An event source mapping setting.",
          misconception: null,
        },
      ],
      explanation: "Reserving 100 takes 100 out of the shared pool and caps the function at 100.",
      domain: null,
      topic: null,
      category: "Lambda/Concurrency",
      cardId: null,
      tags: ["concurrency", "SAP-C02"],
      references: [],
    });
    expect(result.questions[0]!.warnings).toEqual([]);
  });

  it("reads a multiple answer from its weights: positive weights are the key", () => {
    const q = result.questions[1]!.question;
    expect(q.type).toBe("multiple");
    expect(q.options.map((o) => [o.correct, o.weight])).toEqual([
      [true, 50],
      [true, 50],
      [false, -100],
      [false, -100],
      [false, -100],
    ]);
    expect(result.questions[1]!.warnings).toEqual([]);
  });

  it("reads true/false with the wrong-answer and right-answer feedback on the right options, and a new $CATEGORY", () => {
    const q = result.questions[2]!.question;
    expect(q.options).toEqual([
      {
        text: "True",
        correct: true,
        weight: 100,
        feedback: "Right: INIT is billed like the handler.",
        misconception: null,
      },
      { text: "False", correct: false, weight: 0, feedback: "It is billed now.", misconception: null },
    ]);
    expect(q.explanation).toBe("AWS changed this in August 2025.");
    expect(q.category).toBe("Lambda/Billing");
    expect(result.questions[2]!.kind).toBe("truefalse");
  });

  it("turns escapes back into the characters and keeps an escaped # out of the feedback", () => {
    const q = result.questions[3]!.question;
    expect(q.stem).toBe("Escapes: a rate of 1000 = 1 {per} second? #notacomment");
    expect(q.options[0]).toMatchObject({ text: "Yes ~ roughly", feedback: "" });
  });
});

describe("GIFT with errors (lib/banks/__fixtures__/lambda-broken.gift)", () => {
  it("lists every error with its line and imports nothing", () => {
    const result = parseImport(fixture("lambda-broken.gift"), "gift");
    expect(result.errors).toEqual([
      { line: 3, message: "{ is not closed by }: the answers must end with } (escape a literal brace as \\{)" },
      { line: 9, message: 'malformed weight "%5O%An Event": write it like %50% or %-33.33333%' },
      { line: 14, message: "} has no matching {: escape a literal brace as \\}" },
    ]);
  });
});

describe("GIFT rules, one at a time", () => {
  it("a title that is not closed is an error on its line", () => {
    expect(parseGift("\n\n::Title Which one? {=a ~b}").errors).toEqual([
      { line: 3, message: "the title starting with :: is not closed with ::" },
    ]);
  });

  it("a second answer set and braces inside the answers are errors", () => {
    expect(parseGift("Q {=a ~b} and {=c ~d}").errors[0]!.message).toMatch(/second \{ … \}/);
    expect(parseGift("Q {=a {~b}").errors[0]!.message).toMatch(/\{ inside the answers/);
  });

  it("an = answer with a partial weight, a weight over 100 and an answer with no text are errors", () => {
    expect(parseGift("Q {=%50%a ~b}").errors[0]!.message).toMatch(/write ~%50% for partial credit/);
    expect(parseGift("Q {~%150%a ~b}").errors[0]!.message).toMatch(/outside -100%..100%/);
    expect(parseGift("Q {=a ~#only feedback}").errors[0]!.message).toBe("an answer has no text");
  });

  it("a malformed weight is quoted from its own line only, the answer set left unclosed is a second error", () => {
    expect(parseGift("Which one?{\n=Right\n~%5O%Wrong\n}\n\nAnother?{=a ~b").errors).toEqual([
      { line: 3, message: 'malformed weight "%5O%Wrong": write it like %50% or %-33.33333%' },
      { line: 6, message: expect.stringMatching(/^\{ is not closed by \}/) },
    ]);
  });

  it("a multiple answer with no positive weight, one answer, or text before the first answer are errors", () => {
    expect(parseGift("Q {~a ~b}").errors[0]!.message).toMatch(/no answer is marked right/);
    expect(parseGift("Q {~a}").errors[0]!.message).toMatch(/at least two answers/);
    expect(parseGift("Q {loose =a ~b}").errors[0]!.message).toMatch(/text before the first answer/);
  });

  it("skips description, essay, numerical, matching, short answer and missing word, each with its reason", () => {
    const r = parseGift(
      ["Just text.", "Essay {}", "Year {#1822}", "Match {=a -> b =c -> d}", "Short {=a =b}", "The {=x ~y} blank."].join(
        "\n\n",
      ),
    );
    expect(r.errors).toEqual([]);
    expect(r.skipped.map((s) => [s.line, s.reason.split(" ")[0]])).toEqual([
      [1, "description"],
      [3, "essay"],
      [5, "numerical"],
      [7, "matching"],
      [9, "short"],
      [11, "missing-word"],
    ]);
  });

  it("format prefixes: [plain] is shown literally, [html] is kept for the sanitising renderer", () => {
    expect(only("[plain]2 * 3 * 4 = ? {=24 ~9}").stem).toBe("2 \\* 3 \\* 4 = ?");
    expect(only("[html]<b>Bold</b> question{=a ~b}").stem).toBe("<b>Bold</b> question");
  });

  it("an escaped backslash before a control character leaves the control character working", () => {
    const q = only("Path C:\\\\{=yes\\\\#fb ~no}");
    expect(q.stem).toBe("Path C:\\");
    expect(q.options[0]).toMatchObject({ text: "yes\\", feedback: "fb" });
  });

  it("an id with an escaped bracket, tags only from comment lines of the question's own block", () => {
    const r = parseGift("// [tag:orphan]\n\n// [id:a\\]b] [tag:x y]\nQ {=a ~b}");
    expect(r.questions[0]!.question).toMatchObject({ externalId: "a]b", tags: ["x y"] });
  });

  it("an id used twice in one file is an error naming both lines", () => {
    const r = parseImport("// [id:one]\nQ1 {=a ~b}\n\n// [id:one]\nQ2 {=a ~b}", "gift");
    expect(r.errors).toEqual([{ line: 5, message: 'the id "one" is used twice (first on line 2)' }]);
  });

  it("Windows line endings and a byte-order mark count lines the same", () => {
    const r = parseGift("\uFEFF// c\r\n\r\nQ {\r\n=a\r\n~%x%b\r\n}");
    expect(r.errors).toEqual([{ line: 5, message: expect.stringMatching(/^malformed weight/) }]);
  });
});
