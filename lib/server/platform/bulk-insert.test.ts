import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb, testDbKind } from "@/tests/db";
import { insertRows, type BulkValue } from "./bulk-insert";
import type { PrismaClient } from "./prisma";

// insertRows must store exactly what Prisma's createMany stores for the same rows, on SQLite and
// on PostgreSQL (the same suite runs on both): the same rows are written both ways and compared
// as the database holds them, column by column.

let db: PrismaClient;
let cleanup: () => Promise<void>;
let bankId: string;

beforeEach(async () => {
  ({ db, cleanup } = freshDb());
  const owner = await db.user.create({ data: { email: "owner@example.com", role: "INSTRUCTOR" } });
  bankId = (await db.questionBank.create({ data: { title: "Bank", ownerId: owner.id } })).id;
});
afterEach(() => cleanup());

const withMs = new Date("2026-12-02T10:11:12.345Z");
const wholeSecond = new Date("2026-12-02T10:00:00.000Z");
const awkward = `It's "quoted", a ? and $1, a back\\slash,\nnew line, ünïcödé ✓ 🚀`;

const questions = () => [
  {
    id: "q-a",
    lineageId: "q-a",
    version: 1,
    supersededAt: null,
    bankId,
    externalId: "ext-1",
    contentHash: "h1",
    title: awkward,
    type: "SINGLE" as const,
    stem: awkward,
    explanation: "",
    domain: "D2",
    topic: null,
    category: "Lambda/Set 1",
    tags: '["a","b"]',
    references: "[]",
    cardId: null,
    position: 0,
    retiredAt: null,
    createdAt: withMs,
    updatedAt: wholeSecond,
  },
  {
    id: "q-b",
    lineageId: "q-a",
    version: 2,
    supersededAt: wholeSecond,
    bankId,
    externalId: null,
    contentHash: "h2",
    title: null,
    type: "MULTIPLE" as const,
    stem: "Which TWO?",
    explanation: "Both.",
    domain: null,
    topic: "Concurrency",
    category: null,
    tags: "[]",
    references: '["https://docs.aws.amazon.com/lambda/"]',
    cardId: null,
    position: 7,
    retiredAt: withMs,
    createdAt: wholeSecond,
    updatedAt: withMs,
  },
];

const options = () =>
  [
    { correct: true, weight: 100, misconception: null },
    { correct: false, weight: 0, misconception: "reserved-concurrency#1" },
    { correct: true, weight: 33.33333, misconception: null },
    { correct: false, weight: -100, misconception: null },
    { correct: true, weight: 0.5, misconception: null },
  ].map((o, position) => ({
    id: `o-${position}`,
    questionId: position < 2 ? "q-a" : "q-b",
    position,
    text: position === 0 ? awkward : `Option ${position}`,
    feedback: position === 1 ? awkward : "",
    ...o,
  }));

const items = () => [
  {
    id: "q:q-a",
    kind: "QUESTION" as const,
    cardId: null,
    pairIndex: null,
    questionId: "q-a",
    prompt: "{}",
    answer: "{}",
    retiredAt: null,
    updatedAt: withMs,
  },
  {
    id: "q:q-b",
    kind: "QUESTION" as const,
    cardId: null,
    pairIndex: 3,
    questionId: "q-b",
    prompt: '{"x":1}',
    answer: awkward,
    retiredAt: wholeSecond,
    updatedAt: wholeSecond,
  },
];

/** Every column of a table as stored: SQLite's storage class and literal; PostgreSQL's text form. */
async function stored(table: string, columns: string[]): Promise<unknown[]> {
  const select = columns.map((c, i) =>
    testDbKind() === "sqlite" ? `typeof("${c}") || ':' || quote("${c}") AS c${i}` : `"${c}"::text AS c${i}`,
  );
  return db.$queryRawUnsafe(`SELECT ${select.join(", ")} FROM "${table}" ORDER BY "id"`);
}

async function snapshot() {
  return {
    questions: await stored("Question", Object.keys(questions()[0]!)),
    options: await stored("QuestionOption", Object.keys(options()[0]!)),
    items: await stored("ReviewItem", Object.keys(items()[0]!)),
    read: await db.question.findMany({ orderBy: { id: "asc" }, include: { options: true, reviewItem: true } }),
  };
}

describe("insertRows", () => {
  it("stores exactly what createMany stores: dates, booleans, weights, nulls, enums and awkward text", async () => {
    await db.$transaction(async (tx) => {
      await tx.question.createMany({ data: questions() });
      await tx.questionOption.createMany({ data: options() });
      await tx.reviewItem.createMany({ data: items() });
    });
    const viaPrisma = await snapshot();
    await db.question.deleteMany(); // options and review items cascade
    expect(await db.questionOption.count()).toBe(0);

    await db.$transaction(async (tx) => {
      expect(await insertRows(tx, "Question", questions())).toBe(2);
      expect(await insertRows(tx, "QuestionOption", options())).toBe(5);
      expect(await insertRows(tx, "ReviewItem", items())).toBe(2);
    });
    const viaRaw = await snapshot();

    expect(viaRaw).toEqual(viaPrisma);
    // The comparison saw real rows, read back as Prisma types.
    expect(viaRaw.read).toHaveLength(2);
    expect(viaRaw.read[0]).toMatchObject({ createdAt: withMs, updatedAt: wholeSecond, type: "SINGLE", topic: null });
    expect(viaRaw.read[1]?.options.map((o) => [o.correct, o.weight])).toEqual([
      [true, 33.33333],
      [false, -100],
      [true, 0.5],
    ]);
    expect(viaRaw.read[1]?.reviewItem).toMatchObject({ kind: "QUESTION", pairIndex: 3, retiredAt: wholeSecond });
  });

  it("splits rows over statements: more values than either database binds in one statement all arrive", async () => {
    await db.question.create({ data: questions()[0]! });
    // 8 columns × 8,200 rows = 65,600 values: over PostgreSQL's 65,535 and SQLite's 32,766.
    const rows = Array.from({ length: 8200 }, (_, i) => ({ ...options()[0]!, id: `o-${i}`, position: i }));
    expect(await db.$transaction((tx) => insertRows(tx, "QuestionOption", rows))).toBe(8200);
    expect(await db.questionOption.count({ where: { questionId: "q-a" } })).toBe(8200);
  });

  it("refuses a row without a column, rows that differ in columns, and names that are not plain identifiers", async () => {
    const q = questions()[0]!;
    const missing = { ...q, title: undefined } as unknown as Record<string, BulkValue>;
    await expect(db.$transaction((tx) => insertRows(tx, "Question", [missing]))).rejects.toThrow(
      "insertRows: Question.title is missing",
    );
    const { title: _title, ...short } = q;
    await expect(db.$transaction((tx) => insertRows(tx, "Question", [q, { ...short, other: "x" }]))).rejects.toThrow(
      "insertRows: Question.title is missing",
    );
    await expect(db.$transaction((tx) => insertRows(tx, "Question", [q, short]))).rejects.toThrow(
      "insertRows: rows of Question differ in columns",
    );
    await expect(db.$transaction((tx) => insertRows(tx, 'Question"; --', [q]))).rejects.toThrow(
      /not a plain identifier/,
    );
    expect(await db.question.count()).toBe(0);
  });
});
