import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportGift } from "../gift/export";
import { parseImport } from "../import";
import { IMPORT_FORMATS } from "../import-types";
import { exportBankJson } from "../json-format";
import { normalizeQuestion } from "../question";
import { questions, text } from "./arbitraries";

// A fixed seed keeps CI deterministic; FC_SEED / FC_RUNS explore further.
const runs = (n: number) => ({
  numRuns: Number(process.env.FC_RUNS ?? n),
  seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261202,
});

const anyInput = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.array(text, { maxLength: 30 }).map((parts) => parts.join("")),
  fc
    .array(fc.oneof(text, fc.constantFrom("\n", "\n\n", "{", "}", "ANSWER: A", "A. x", "::", "// [id:x]")), {
      maxLength: 40,
    })
    .map((p) => p.join("")),
  fc.json(),
);

describe("any input only ever yields questions or reported errors", () => {
  it.each(IMPORT_FORMATS)("%s never throws, and every error and skip names a line of the file", (format) => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const r = parseImport(input, format);
        const lines = input.split(/\r\n|\r|\n/).length;
        for (const m of [...r.errors, ...r.skipped, ...r.questions])
          expect(Number.isInteger(m.line) && m.line >= 1 && m.line <= lines).toBe(true);
        for (const e of r.errors) expect(e.message.length).toBeGreaterThan(0);
      }),
      runs(300),
    );
  });
});

describe("export → import round-trips without loss", () => {
  it("GIFT", () => {
    fc.assert(
      fc.property(questions, (qs) => {
        const r = parseImport(exportGift(qs, "Round trip"), "gift");
        expect(r.errors).toEqual([]);
        expect(r.skipped).toEqual([]);
        expect(r.questions.map((q) => q.question)).toEqual(qs.map(normalizeQuestion));
      }),
      runs(200),
    );
  });

  it("the app's JSON", () => {
    fc.assert(
      fc.property(questions, (qs) => {
        const r = parseImport(exportBankJson({ title: "Round trip", description: "Any" }, qs), "json");
        expect(r.errors).toEqual([]);
        expect(r.questions.map((q) => q.question)).toEqual(qs.map(normalizeQuestion));
        expect(r.bank).toEqual({ title: "Round trip", description: "Any" });
      }),
      runs(200),
    );
  });
});
