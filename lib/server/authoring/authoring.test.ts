import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb, testDbKind } from "@/tests/db";
import { postgresTarget } from "../platform/database-url";

const schemaOf = (url: string) => postgresTarget(url).schema;
import { parseImport } from "@/lib/banks/import";
import type { PrismaClient } from "../platform/prisma";
import type { Author } from "./access";
import { createBank, deleteBank, listAuthorBanks, updateBank } from "./banks";
import { exportBank } from "./export";
import { compareVersions, questionHistory } from "./history";
import { importText } from "./import";
import {
  createQuestion,
  deleteQuestion,
  duplicateQuestion,
  listBankQuestions,
  loadQuestion,
  reorderQuestions,
  updateQuestion,
} from "./questions";
import { listReports, setReportStatus } from "./reports";
import type { QuestionInput } from "@/lib/validations/authoring";

const t0 = new Date("2026-12-02T09:00:00Z");
const t1 = new Date("2026-12-02T10:00:00Z");
let db: PrismaClient;
let cleanup: () => Promise<void>;
let url: string;
let owner: Author;
let other: Author;
let admin: Author;
let learnerId: string;

const user = async (email: string, role: "STUDENT" | "INSTRUCTOR" | "ADMIN") =>
  db.user.create({ data: { email, role }, select: { id: true, role: true } });

beforeEach(async () => {
  ({ db, url, cleanup } = freshDb());
  owner = await user("owner@example.com", "INSTRUCTOR");
  other = await user("other@example.com", "INSTRUCTOR");
  admin = await user("admin@example.com", "ADMIN");
  learnerId = (await user("learner@example.com", "STUDENT")).id;
  await db.conceptCard.create({
    data: {
      id: "reserved-concurrency",
      title: "Reserved concurrency",
      section: "Configuration and management",
      topic: "Concurrency",
      domains: '["D2"]',
      summary: "Reserved concurrency is a floor and a ceiling.",
      position: 0,
      contentHash: "x",
    },
  });
});
afterEach(() => cleanup());

const GIFT = `// [id:q1]
Which setting caps one function's concurrency?{
=Reserved concurrency#Right.
~Provisioned concurrency
~Maximum event age
~Batch size
####Reserved concurrency is a floor and a ceiling.}

// [id:q2]
Since August 2025 the INIT phase of on-demand functions is billed.{TRUE}
`;

const input = (over: Partial<QuestionInput> = {}): QuestionInput => ({
  type: "single",
  title: null,
  stem: "Which setting both guarantees and caps a function's concurrency?",
  options: ["Reserved concurrency", "Provisioned concurrency", "Maximum event age", "Batch size"].map((text, i) => ({
    text,
    correct: i === 0,
    weight: 0,
    feedback: "",
    misconception: null,
  })),
  explanation: "Reserving takes capacity out of the shared pool and caps the function.",
  domain: "D2",
  topic: null,
  category: null,
  cardId: "reserved-concurrency",
  tags: ["concurrency"],
  references: [],
  ...over,
});

async function bankWithGift() {
  const bank = await createBank(db, owner, { title: "Imported", description: "" });
  await importText(db, bank.id, "gift", GIFT, t0);
  return bank.id;
}

describe("banks", () => {
  it("an instructor sees and manages only their banks; an admin all; another instructor gets 404", async () => {
    const bank = await createBank(db, owner, { title: "Mine", description: "d" });
    expect((await listAuthorBanks(db, owner)).map((b) => b.id)).toEqual([bank.id]);
    expect(await listAuthorBanks(db, other)).toEqual([]);
    expect((await listAuthorBanks(db, admin)).map((b) => b.id)).toEqual([bank.id]);
    await expect(updateBank(db, other, bank.id, { title: "Stolen" })).rejects.toMatchObject({ status: 404 });
    await expect(deleteBank(db, other, bank.id, t1)).rejects.toMatchObject({ status: 404 });
    expect(await updateBank(db, admin, bank.id, { title: "Renamed" })).toMatchObject({ title: "Renamed" });
  });

  it("publishing needs at least one question, and every question meeting the format rules (422 lists them)", async () => {
    const bank = await createBank(db, owner, { title: "Empty", description: "" });
    await expect(updateBank(db, owner, bank.id, { published: true })).rejects.toMatchObject({
      status: 422,
      issues: [{ path: "questions", message: "a bank needs at least one question to be published" }],
    });
    await importText(db, bank.id, "gift", "Which one is right?{=a ~b ~c}", t0);
    const refused = updateBank(db, owner, bank.id, { published: true });
    await expect(refused).rejects.toMatchObject({
      status: 422,
      issues: [
        { path: "questions[0].options", message: expect.stringMatching(/^Question 1 .*at least 4 options \(has 3\)/) },
      ],
    });
    const [q] = await listBankQuestions(db, bank.id);
    await updateQuestion(db, owner, bank.id, q!.lineageId, input(), t1);
    expect(await updateBank(db, owner, bank.id, { published: true })).toMatchObject({ published: true });
  });

  it("deleting a bank nobody used destroys it; one used by a past attempt is archived with its history", async () => {
    const unused = await bankWithGift();
    expect(await deleteBank(db, owner, unused, t1)).toEqual({ outcome: "deleted" });
    expect(await db.question.count({ where: { bankId: unused } })).toBe(0);

    const used = await bankWithGift();
    const q = await db.question.findFirstOrThrow({ where: { bankId: used } });
    const attempt = await db.examAttempt.create({
      data: { userId: learnerId, mode: "TIMED", blueprint: "{}", seed: 1 },
    });
    await db.examAnswer.create({ data: { attemptId: attempt.id, questionId: q.id, position: 0 } });
    expect(await deleteBank(db, owner, used, t1)).toEqual({ outcome: "archived" });
    expect(await db.questionBank.findUniqueOrThrow({ where: { id: used } })).toMatchObject({
      archivedAt: t1,
      published: false,
    });
    expect(await db.question.count({ where: { bankId: used } })).toBe(2);
    expect(await listAuthorBanks(db, owner)).toEqual([]);
  });
});

describe("the question editor's server side", () => {
  it("refuses a question that breaks the format rules or links a card that does not exist, naming each field", async () => {
    const bank = await createBank(db, owner, { title: "Bank", description: "" });
    const bad = input({
      type: "multiple",
      stem: "Which two?",
      cardId: "no-such-card",
      options: input().options.map((o, i) => ({
        ...o,
        correct: i < 2,
        misconception: i === 3 ? "missing-card#pair" : null,
      })),
    });
    await expect(createQuestion(db, owner, bank.id, bad, t0)).rejects.toMatchObject({
      status: 422,
      issues: [
        { path: "options", message: "a multiple-response question needs at least 5 options (has 4)" },
        { path: "stem", message: 'must say how many to choose: end it with "(Select TWO.)" for its 2 correct options' },
        { path: "cardId", message: 'no concept card "no-such-card"' },
        { path: "options[3].misconception", message: 'no concept card "missing-card"' },
      ],
    });
    expect(await db.question.count()).toBe(0);
  });

  it("creates, duplicates right after the original, reorders and deletes; a stale order is refused", async () => {
    const bank = await createBank(db, owner, { title: "Bank", description: "" });
    const a = await createQuestion(db, owner, bank.id, input(), t0);
    const b = await createQuestion(
      db,
      owner,
      bank.id,
      input({ stem: "A second question about concurrency caps?" }),
      t0,
    );
    const copy = await duplicateQuestion(db, owner, bank.id, a.lineageId, t0);
    expect((await listBankQuestions(db, bank.id)).map((q) => q.lineageId)).toEqual([
      a.lineageId,
      copy.lineageId,
      b.lineageId,
    ]);
    await reorderQuestions(db, owner, bank.id, [b.lineageId, a.lineageId, copy.lineageId]);
    expect((await listBankQuestions(db, bank.id)).map((q) => q.lineageId)).toEqual([
      b.lineageId,
      a.lineageId,
      copy.lineageId,
    ]);
    await expect(reorderQuestions(db, owner, bank.id, [a.lineageId, b.lineageId])).rejects.toMatchObject({
      status: 409,
    });
    await deleteQuestion(db, owner, bank.id, copy.lineageId, t1);
    expect((await listBankQuestions(db, bank.id)).map((q) => q.lineageId)).toEqual([b.lineageId, a.lineageId]);
    await expect(loadQuestion(db, other, bank.id, a.lineageId)).rejects.toMatchObject({ status: 404 });
  });

  it("an edit of a published question is a new version, listed in the history with what changed", async () => {
    const bank = await createBank(db, owner, { title: "Bank", description: "" });
    const { lineageId } = await createQuestion(db, owner, bank.id, input(), t0);
    await updateBank(db, owner, bank.id, { published: true });
    const saved = await updateQuestion(
      db,
      owner,
      bank.id,
      lineageId,
      input({ stem: "Which ONE setting guarantees and caps concurrency?" }),
      t1,
    );
    expect(saved.outcome).toBe("versioned");
    const history = await questionHistory(db, owner, bank.id, lineageId);
    expect(history.map((v) => [v.version, v.supersededAt])).toEqual([
      [2, null],
      [1, t1],
    ]);
    const diff = compareVersions(history, 1, 2)!;
    expect(diff.changes.map((c) => c.field)).toEqual(["Stem"]);
    expect(diff.changes[0]!.parts.filter((p) => p.added).map((p) => p.value.trim())).toContain("ONE");
  });
});

describe("import", () => {
  it("a file with an error imports nothing and lists the error with its line", async () => {
    const bank = await createBank(db, owner, { title: "Bank", description: "" });
    const broken = GIFT.replace("~Batch size", "~%5O%Batch size");
    await expect(importText(db, bank.id, "gift", broken, t0)).rejects.toMatchObject({
      status: 422,
      issues: [{ path: "line 6", message: expect.stringMatching(/^malformed weight/) }],
    });
    expect(await db.question.count()).toBe(0);
  });

  it("re-importing the same file creates no duplicates; a changed question with a known id becomes a new version", async () => {
    const bank = await createBank(db, owner, { title: "Bank", description: "" });
    expect(await importText(db, bank.id, "gift", GIFT, t0)).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(await importText(db, bank.id, "gift", GIFT, t0)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    await db.questionBank.update({ where: { id: bank.id }, data: { published: true } });
    const edited = GIFT.replace("Right.", "Right: it is a floor and a ceiling.");
    expect(await importText(db, bank.id, "gift", edited, t1)).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await db.question.count({ where: { bankId: bank.id } })).toBe(3);
    expect(await db.question.count({ where: { bankId: bank.id, supersededAt: null } })).toBe(2);
  });

  it("a link to a card that does not exist is an error on its line", async () => {
    const bank = await createBank(db, owner, { title: "Bank", description: "" });
    const text = `// coldstart: {"cardId":"nope"}\nQ?{=a ~b}`;
    await expect(importText(db, bank.id, "gift", text, t0)).rejects.toMatchObject({
      issues: [{ path: "line 2", message: 'links to a concept card that does not exist: "nope"' }],
    });
  });

  it("is one transaction: a failure part-way leaves the bank exactly as it was", async () => {
    const bankId = await bankWithGift();
    await db.questionBank.update({ where: { id: bankId }, data: { published: true } });
    const before = await db.question.findMany({ orderBy: { id: "asc" } });
    // Make the database refuse one option of the last new question (after q1 was already versioned).
    const trigger =
      testDbKind() === "sqlite"
        ? [
            `CREATE TRIGGER refuse_boom BEFORE INSERT ON "QuestionOption" WHEN NEW."text" = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END`,
          ]
        : [
            `CREATE FUNCTION "${schemaOf(url)}".refuse_boom() RETURNS trigger AS $$ BEGIN IF NEW."text" = 'boom' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
            `CREATE TRIGGER refuse_boom BEFORE INSERT ON "${schemaOf(url)}"."QuestionOption" FOR EACH ROW EXECUTE FUNCTION "${schemaOf(url)}".refuse_boom()`,
          ];
    for (const sql of trigger) await db.$executeRawUnsafe(sql);
    const text = `${GIFT.replace("Right.", "Changed.")}\nA new question?{=boom ~b ~c ~d}\n`;
    // New questions' options go in through a raw multi-row INSERT: the trigger's message comes through.
    await expect(importText(db, bankId, "gift", text, t1)).rejects.toThrow(/boom/);
    expect(await db.question.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});

describe("export", () => {
  it("GIFT and JSON exports read back as the bank's questions; Anki has its headers and one note per question", async () => {
    const bankId = await bankWithGift();
    const bank = { id: bankId, title: "Imported", description: "" };
    const original = parseImport(GIFT, "gift").questions.map((q) => q.question);
    for (const format of ["gift", "json"] as const) {
      const file = await exportBank(db, bank, format);
      expect(parseImport(file.text, format).questions.map((q) => q.question)).toEqual(original);
    }
    const anki = (await exportBank(db, bank, "anki")).text.trimEnd().split("\n");
    expect(anki.slice(0, 5)).toEqual([
      "#separator:tab",
      "#html:true",
      "#notetype:Basic",
      "#deck:Coldstart::Imported",
      "#tags column:3",
    ]);
    expect(anki).toHaveLength(7);
  });
});

describe("the report queue", () => {
  it("lists reports on the author's banks only, and resolves one with a note", async () => {
    const bankId = await bankWithGift();
    const q = await db.question.findFirstOrThrow({ where: { bankId } });
    const report = await db.questionReport.create({
      data: { questionId: q.id, userId: learnerId, reason: "wrong-key", message: "B is also right" },
    });
    expect((await listReports(db, owner)).map((r) => [r.id, r.question.lineageId])).toEqual([[report.id, q.lineageId]]);
    expect(await listReports(db, other)).toEqual([]);
    await expect(setReportStatus(db, other, report.id, { status: "DISMISSED", note: "" }, t1)).rejects.toMatchObject({
      status: 404,
    });
    await setReportStatus(db, owner, report.id, { status: "RESOLVED", note: "Clarified the stem." }, t1);
    expect(await listReports(db, owner)).toEqual([]);
    const [closed] = await listReports(db, owner, "RESOLVED");
    expect(closed).toMatchObject({
      note: "Clarified the stem.",
      resolvedAt: t1,
      resolvedBy: { email: "owner@example.com" },
    });
  });
});
