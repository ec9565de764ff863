import { describe, expect, it } from "vitest";
import { blankQuestion, normalizeWeights, type DraftQuestion } from "./question";
import { questionProblems, statedSelectCount } from "./rules";

const opts = (n: number, correct: number[]) =>
  Array.from({ length: n }, (_, i) => ({
    text: `Option ${i + 1}`,
    correct: correct.includes(i),
    weight: 0,
    feedback: "",
    misconception: null,
  }));
const q = (over: Partial<DraftQuestion>): DraftQuestion =>
  normalizeWeights({ ...blankQuestion(), stem: "Which one?", ...over });
const messages = (x: DraftQuestion) => questionProblems(x).map((p) => `${p.path}: ${p.message}`);

describe("the SAP-C02 format rules", () => {
  it("single response: exactly one correct of at least four options", () => {
    expect(messages(q({ options: opts(4, [0]) }))).toEqual([]);
    expect(messages(q({ options: opts(4, [0, 1]) }))).toEqual([
      "options: a single-answer question needs exactly 1 correct option (has 2)",
    ]);
    expect(messages(q({ options: opts(3, [0]) }))).toEqual([
      "options: a single-answer question needs at least 4 options (has 3)",
    ]);
  });

  it("multiple response: at least two correct of at least five, and the stem says how many", () => {
    const stem = "Which two? (Select TWO.)";
    expect(messages(q({ type: "multiple", stem, options: opts(5, [0, 1]) }))).toEqual([]);
    expect(messages(q({ type: "multiple", stem: "Which two?", options: opts(5, [0, 1]) }))).toEqual([
      'stem: must say how many to choose: end it with "(Select TWO.)" for its 2 correct options',
    ]);
    expect(messages(q({ type: "multiple", stem: "Pick (Select THREE.)", options: opts(4, [0]) }))).toEqual([
      "options: a multiple-response question needs at least 2 correct options (has 1)",
      "options: a multiple-response question needs at least 5 options (has 4)",
    ]);
    expect(statedSelectCount("Choose the best options. (Choose 3.)")).toBe(3);
  });

  it("true/false is a single response on True and False, exempt from the four-option rule", () => {
    const tf = q({ options: [...opts(2, [0])].map((o, i) => ({ ...o, text: i ? "False" : "True" })) });
    expect(messages(tf)).toEqual([]);
  });

  it("empty and repeated options, a misconception on the key, a bad domain and a non-https reference", () => {
    const bad = q({
      options: [
        { ...opts(1, [0])[0]!, misconception: "card#pair" },
        ...opts(2, []),
        { ...opts(1, [])[0]!, text: " " },
        { ...opts(1, [])[0]!, text: "option 2" },
      ],
      domain: "D9",
      references: ["http://example.com"],
    });
    expect(messages(bad)).toEqual([
      "options[0].misconception: only a wrong option can embody a misconception",
      "options[3].text: must not be empty",
      "options: options must be distinct",
      "domain: must be one of D1, D2, D3, D4",
      "references[0]: must be an https:// link",
    ]);
  });
});
