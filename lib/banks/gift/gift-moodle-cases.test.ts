import { describe, expect, it } from "vitest";
import { parseGift } from "./parse";

// Inputs and expected values taken from Moodle's own GIFT unit tests
// (question/format/gift/tests/giftformat_test.php, see __fixtures__/moodle/SOURCE.md).
// Moodle's cases about essays are asked here as multiple choice, which is what this app imports.
const one = (gift: string) => {
  const r = parseGift(gift);
  expect(r.errors).toEqual([]);
  expect(r.questions).toHaveLength(1);
  return r.questions[0]!.question;
};

describe("Moodle's extract_idnumber_and_tags_from_comment cases", () => {
  it.each([
    ["blank comment", "", null, []],
    ["nothing in comment", "// A basic comment.", null, []],
    ["idnumber only", "// A comment with [id:frog] <-- an idnumber.", "frog", []],
    ["tags only", "// Look tags: [tag:frog] [tag:toad].", null, ["frog", "toad"]],
    ["everything", "// [tag:add] [tag:basic] [id:four]", "four", ["add", "basic"]],
    [
      "everything mixed up",
      "// [tag:  basic] Here is  \n// a [id:   four   ] que[tag:add   ]stion.",
      "four",
      ["basic", "add"],
    ],
    ["escape ] idnumber", "// [id:i\\]d].", "i]d", []],
    ["escape ] tag", "// [tag:t\\]ag].", null, ["t]ag"]],
    [
      "test_import_question_with_tags",
      "// This question is to test importing tags: [tag:tag] [tag:other-tag].\n// And an idnumber: [id:myid].",
      "myid",
      ["tag", "other-tag"],
    ],
  ])("%s", (_name, comment, id, tags) => {
    expect(one(`${comment}\n::Question name:: How are you? {=a ~b ~c ~d}`)).toMatchObject({
      externalId: id,
      tags,
      title: "Question name",
    });
  });
});

describe("Moodle's import cases", () => {
  it("test_import_backslash (MDL-34171): \\\\ is one backslash, \\\\\\\\ two", () => {
    expect(one("::double backslash:: A \\\\ B \\\\\\\\ C{=a ~b}").stem).toBe("A \\ B \\\\ C");
  });

  it("test_import_pre_content: escaped braces inside an [html] <pre> spanning lines", () => {
    const gift = [
      "::Q001::[html]<p>What would running the test method print?</p>",
      "<pre>",
      "    public void test() \\{",
      "        method1();",
      "    \\}",
      "</pre>",
      "{=a ~b}",
    ].join("\n");
    expect(one(gift).stem).toBe(
      "<p>What would running the test method print?</p>\n<pre>\n    public void test() {\n        method1();\n    }\n</pre>",
    );
  });

  it("test_import_truefalse: FALSE#a#b gives a to True (the wrong answer) and b to False", () => {
    const q = one(
      "// true/false\n::Q1:: 42 is the Absolute Answer to everything.{\nFALSE#42 is the Ultimate Answer.#You gave the right answer.}",
    );
    expect(q.options).toMatchObject([
      { text: "True", correct: false, feedback: "42 is the Ultimate Answer." },
      { text: "False", correct: true, feedback: "You gave the right answer." },
    ]);
  });

  it("test_import_truefalse_true_answer1/2: {T} and {TRUE}", () => {
    for (const key of ["T", "TRUE"])
      expect(one(`// name 0-11\n::2-08 TSL::TSL is blablabla.{${key}}`)).toMatchObject({
        title: "2-08 TSL",
        stem: "TSL is blablabla.",
        options: [
          { text: "True", correct: true },
          { text: "False", correct: false },
        ],
      });
  });

  it("test_export_question_with_tags_and_idnumber: Moodle's own export reads back with id, tags and general feedback", () => {
    const q = one(
      "// question: 42  name: True/false question\n// [id:myid] [tag:tag1] [tag:tag2]\n::True/false question::[html]The answer is true.{TRUE#This is the wrong answer.#This is the right answer.####You should have selected true.}",
    );
    expect(q).toMatchObject({
      externalId: "myid",
      tags: ["tag1", "tag2"],
      stem: "The answer is true.",
      explanation: "You should have selected true.",
      options: [
        { text: "True", correct: true, feedback: "This is the right answer." },
        { text: "False", correct: false, feedback: "This is the wrong answer." },
      ],
    });
  });
});
