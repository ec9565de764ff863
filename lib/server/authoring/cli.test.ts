import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import { parseImport } from "@/lib/banks/import";
import type { PrismaClient } from "../platform/prisma";
import { runBankCli } from "./cli";

const FIXTURES = path.join(process.cwd(), "lib", "banks", "__fixtures__");
const sample = path.join(FIXTURES, "lambda-sample.gift");
const broken = path.join(FIXTURES, "lambda-broken.gift");
let db: PrismaClient;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ db, cleanup } = freshDb());
  await db.user.create({ data: { email: "instructor@coldstart.dev", role: "INSTRUCTOR" } });
});
afterEach(() => cleanup());

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runBankCli(argv, {
    db: () => db,
    readFile: (f) => fs.readFileSync(f, "utf8"),
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    now: new Date("2026-12-02T12:00:00Z"),
  });
  return { code, out, err };
}

describe("npm run bank", () => {
  it("validate: the contract's JSON on stdout and exit 0 as a real process; errors and exit 1", async () => {
    const run = promisify(execFile);
    const ok = await run("npm", ["run", "--silent", "bank", "--", "validate", sample]);
    expect(JSON.parse(ok.stdout)).toEqual({
      questions: 4,
      byType: { single: 2, multiple: 1, truefalse: 1 },
      skipped: [{ line: 28, reason: "short answer questions are not supported (only multiple choice and true/false)" }],
    });
    const failed = await run("npm", ["run", "--silent", "bank", "--", "validate", broken]).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect("code" in failed && failed.code).toBe(1);
    expect(JSON.parse(failed.stdout).errors.map((e: { line: number }) => e.line)).toEqual([3, 9, 14]);
  }, 180_000); // two real processes on a loaded machine: a ceiling, not a timing check

  it("import creates the bank by name, imports once, and a second import changes nothing", async () => {
    const first = await cli("import", sample, "--bank", "Lambda sample");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ bank: "Lambda sample", created: 4, unchanged: 0, questions: 4 });
    const second = await cli("import", sample, "--bank", "Lambda sample");
    expect(JSON.parse(second.out)).toMatchObject({ created: 0, unchanged: 4 });
    expect(await db.question.count()).toBe(4);
    expect((await cli("import", broken, "--bank", "Lambda sample")).code).toBe(1);
    expect(await db.question.count()).toBe(4);
  });

  it("export prints the bank as GIFT, JSON or Anki; GIFT reads back as the same questions", async () => {
    await cli("import", sample, "--bank", "Lambda sample");
    const gift = await cli("export", "--bank", "Lambda sample", "--format", "gift");
    const original = parseImport(fs.readFileSync(sample, "utf8"), "gift").questions.map((q) => q.question);
    expect(parseImport(gift.out, "gift").questions.map((q) => q.question)).toEqual(original);
    expect(JSON.parse((await cli("export", "--bank", "Lambda sample", "--format", "json")).out).questions).toHaveLength(
      4,
    );
    expect((await cli("export", "--bank", "Lambda sample", "--format", "anki")).out).toMatch(
      /^#separator:tab\n#html:true\n/,
    );
  });

  it("says what is wrong, with the usage, and exits 1 on bad arguments", async () => {
    for (const argv of [
      [],
      ["frobnicate"],
      ["validate"],
      ["export", "--bank", "Nope", "--format", "gift"],
      ["export", "--bank", "X", "--format", "pdf"],
      ["validate", "/no/such/file"],
    ]) {
      const r = await cli(...argv);
      expect(r.code).toBe(1);
      expect(r.err).not.toBe("");
    }
  });
});
