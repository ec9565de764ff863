import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseImport, summarize } from "../import";

// GIFT written by others: Moodle's own examples and test fixtures (see __fixtures__/moodle/SOURCE.md).
const moodle = (name: string) =>
  parseImport(fs.readFileSync(path.join(__dirname, "..", "__fixtures__", "moodle", name), "utf8"), "gift");
const reasons = (r: ReturnType<typeof moodle>) => r.skipped.map((s) => `${s.line}: ${s.reason.split(" ")[0]}`);

describe("Moodle's examples.txt", () => {
  const r = moodle("examples.txt");

  it("imports every multiple-choice and true/false example, and skips every other type with its line", () => {
    expect(r.errors).toEqual([]);
    expect(summarize(r).byType).toEqual({ single: 7, multiple: 2, truefalse: 3 });
    expect(reasons(r)).toEqual([
      "10: missing-word", // Grant is {~buried =entombed ~living} in Grant's tomb.
      "14: short", // {=no one =nobody}
      "16: numerical",
      "25: the", // the same question as on line 8, repeated in the file
      "27: missing-word",
      "29: missing-word",
      "43: short",
      "45: short",
      "49: the",
      "55: matching",
      "61: matching",
      "70: numerical",
      "72: numerical",
      "74: numerical",
      "76: numerical",
      "85: numerical",
      "90: short", // ::Kanji Origins:: spans two lines
      "93: missing-word",
      "103: short",
      "108: short",
      "117: missing-word",
      "123: short",
      "167: the",
      "169: missing-word",
      "171: the",
      "173: short",
      "175: numerical",
      "177: matching",
      "184: missing-word",
      "195: short",
      "202: numerical",
    ]);
  });

  it("reads partial and negative weights, escaped control characters and multi-line feedback", () => {
    const byStem = (s: string) => r.questions.filter((q) => q.question.stem.startsWith(s)).map((q) => q.question);
    const [difficult] = byStem("Difficult question.");
    expect(difficult!.options.map((o) => [o.text, o.correct, o.weight])).toEqual([
      ["wrong answer", false, 0],
      ["half credit answer", false, 50],
      ["full credit answer", true, 100],
    ]);
    const [plain, negative] = byStem("What two people are entombed");
    expect(plain!.options.map((o) => o.weight)).toEqual([0, 50, 50, 0]);
    expect(negative!.options.map((o) => o.weight)).toEqual([-50, 50, 50, -50]);
    const [equals] = byStem("Which answer equals 5?");
    expect(equals!.options.map((o) => o.text)).toEqual(["= 2 + 2", "= 2 + 3", "= 2 + 4"]);
    const [control] = byStem("Which of the following is NOT a control character");
    expect(control!.title).toBe("GIFT Control Characters");
    expect(control!.options.map((o) => o.text)).toEqual(["~", "=", "#", "{", "}", "\\"]);
    expect(control!.options[5]!.feedback).toMatch(/^Correct! \\ \(backslash\) is not a control character\. BUT,\n/);
  });

  it("a FALSE answer's feedback goes to the wrong option (True), as Moodle shows it to someone who answered True", () => {
    const q = r.questions.find((x) => x.line === 113)!.question;
    expect(q.options).toMatchObject([
      { text: "True", correct: false, feedback: "No one is buried in Grant's tomb." },
      { text: "False", correct: true, feedback: "" },
    ]);
  });
});

describe("Moodle's test fixtures", () => {
  it("questions.gift.txt: per-answer formats, multiple response with weights, titles; every other type skipped", () => {
    const r = moodle("questions.gift.txt");
    expect(r.errors).toEqual([]);
    expect(reasons(r)).toEqual([
      "2: essay",
      "5: matching",
      "31: numerical",
      "34: short",
      "41: missing-word",
      "49: the",
    ]);
    const [q2, colours, tsl] = r.questions.map((q) => q.question);
    expect(q2).toMatchObject({ title: "Q2", type: "single", stem: "What's between orange and green in the spectrum?" });
    expect(q2!.options.map((o) => [o.text, o.feedback])).toEqual([
      ["yellow", "right; good!"],
      ["red", "wrong, it's yellow"],
      ["blue", "wrong, it's yellow"],
    ]);
    expect(colours!.options.map((o) => [o.text, o.correct, o.weight])).toEqual([
      ["yellow", true, 50],
      ["red", false, -100],
      ["off-beige", true, 50],
      ["blue", false, -100],
    ]);
    expect(tsl).toMatchObject({ title: "2-08 TSL", options: [{ text: "True", correct: true }, { text: "False" }] });
  });

  it("questions_in_category.gift.txt: $CATEGORY applies to the questions after it; escaped HTML survives", () => {
    const r = moodle("questions_in_category.gift.txt");
    expect(r.errors).toEqual([]);
    expect(r.questions.map((q) => q.question.category)).toEqual([
      "Default for New Features",
      "Default for New Features",
    ]);
    expect(r.questions[0]!.question.stem).toBe(
      '<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">Listen to this greeting:</a><br /><br />What language is being spoken?',
    );
    expect(r.questions[1]!.kind).toBe("truefalse");
    expect(reasons(r)).toEqual(["5: matching", "22: short"]);
  });
});
