import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseImport } from "./import";

const seed = fs.readFileSync(path.join(process.cwd(), "content", "banks", "lambda-core.json"), "utf8");

describe("the app's JSON", () => {
  it("imports the seed bank's own file, title and description included", () => {
    const r = parseImport(seed, "json");
    expect(r.errors).toEqual([]);
    const file = JSON.parse(seed) as { title: string; questions: { id: string }[] };
    expect(r.bank?.title).toBe(file.title);
    expect(r.questions.map((q) => q.question.externalId)).toEqual(file.questions.map((q) => q.id));
    expect(r.questions.every((q) => q.warnings.length === 0)).toBe(true);
  });

  it("reports syntax errors with their lines", () => {
    const r = parseImport('{\n  "title": "Bank",\n  "questions": [\n    { "type": "single", }\n  ]\n}\n', "json");
    expect(r.errors).toEqual([
      { line: 4, message: "JSON syntax: PropertyNameExpected" },
      { line: 4, message: "JSON syntax: ValueExpected" },
    ]);
  });

  it("reports every schema problem on the line of the field (or of the object missing it)", () => {
    const text = [
      "{",
      '  "title": "Bank",',
      '  "questions": [',
      "    {",
      '      "type": "single",',
      '      "stem": "Which one?",',
      '      "options": [{ "text": "a", "correct": true }, { "text": "b", "correct": "no" }]',
      "    },",
      '    { "type": "essay", "stem": "Why?", "options": [] }',
      "  ]",
      "}",
    ].join("\n");
    expect(parseImport(text, "json").errors).toEqual([
      { line: 7, message: "questions[0].options[1].correct: Invalid input: expected boolean, received string" },
      { line: 9, message: 'questions[1].type: Invalid option: expected one of "single"|"multiple"' },
      { line: 9, message: "questions[1].options: needs at least two options" },
    ]);
  });
});
