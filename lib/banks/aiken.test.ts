import { describe, expect, it } from "vitest";
import { parseAiken } from "./aiken";
import { detectFormat, parseImport } from "./import";

const SAMPLE = `Which setting both guarantees and caps one function's concurrency?
A. Reserved concurrency
B. Provisioned concurrency
C. Maximum event age
D) Batch size
ANSWER: A

Is the INIT phase of on-demand functions billed?
A. True
B. False
ANSWER: A
`;

describe("Aiken", () => {
  it("reads questions, options with . or ) and the answer letter; detected by its ANSWER: lines", () => {
    expect(detectFormat("upload.txt", SAMPLE)).toBe("aiken");
    const r = parseImport(SAMPLE, "aiken");
    expect(r.errors).toEqual([]);
    expect(
      r.questions.map((q) => [q.line, q.kind, q.question.options.filter((o) => o.correct).map((o) => o.text)]),
    ).toEqual([
      [1, "single", ["Reserved concurrency"]],
      [8, "truefalse", ["True"]],
    ]);
    expect(r.questions[0]!.question.options.map((o) => o.text)).toEqual([
      "Reserved concurrency",
      "Provisioned concurrency",
      "Maximum event age",
      "Batch size",
    ]);
  });

  it("lists every problem with its line: a letter out of order, an answer that is no option, a missing ANSWER", () => {
    const r = parseAiken(
      `First?\nA. one\nC. two\nANSWER: A\n\nSecond?\nA. one\nB. two\nANSWER: E\n\nThird?\nA. one\nB. two\n`,
    );
    expect(r.errors).toEqual([
      { line: 3, message: "option C is out of order: expected B." },
      { line: 9, message: "ANSWER: E is not one of the options (A, B)" },
      { line: 11, message: 'the question has no "ANSWER:" line' },
    ]);
  });

  it("refuses text between the options and ANSWER:, and an ANSWER: with no question", () => {
    expect(parseAiken("ANSWER: A").errors).toEqual([{ line: 1, message: "ANSWER: with no question before it" }]);
    expect(parseAiken("Q?\nA. x\nB. y\nstray text\nANSWER: A").errors[0]).toEqual({
      line: 4,
      message: 'expected option C. or "ANSWER:" after the options',
    });
  });
});
