import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import type { PrismaClient } from "../platform/prisma";
import { importText } from "./import";

let db: PrismaClient;
let cleanup: () => Promise<void>;
let bankId: string;

beforeEach(async () => {
  ({ db, cleanup } = freshDb());
  const owner = await db.user.create({ data: { email: "owner@example.com", role: "INSTRUCTOR" } });
  bankId = (await db.questionBank.create({ data: { title: "Bank", ownerId: owner.id } })).id;
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

const now = new Date("2026-12-02T10:11:12.345Z");

const GIFT = `$CATEGORY: $course$/top/Lambda

// [id:single-1] [tag:lambda] [tag:concurrency]
// coldstart: {"domain":"D2","topic":"Concurrency","cardId":"reserved-concurrency","references":["https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html"],"misconceptions":[null,"reserved-concurrency#1",null,null]}
::Caps::[markdown]Which setting caps one function's concurrency?{
=Reserved concurrency#Right: a floor and a ceiling.
~Provisioned concurrency#It keeps environments warm.
~Maximum event age
~Batch size
####Reserved concurrency caps the function.}

Which TWO bound the concurrency of an SQS-triggered function? (Select TWO.){
~%50%Reserved concurrency
~%50%Maximum concurrency of the event source mapping
~%-100%Batch size
~%-100%Provisioned concurrency
~%-100%Timeout
}

Reserved concurrency is also a floor.{TRUE}
`;

describe("an import, read back through Prisma", () => {
  it("stores every column of the new questions, options and review items as the file and the import time say", async () => {
    expect(await importText(db, bankId, "gift", GIFT, now)).toMatchObject({ created: 3 });
    const rows = await db.question.findMany({
      where: { bankId },
      orderBy: { position: "asc" },
      include: { options: { orderBy: { position: "asc" } }, reviewItem: true },
    });
    const option = (
      position: number,
      text: string,
      correct: boolean,
      weight: number,
      feedback = "",
      misconception: string | null = null,
    ) => ({ position, text, correct, weight, feedback, misconception });
    const stamps = { version: 1, supersededAt: null, retiredAt: null, createdAt: now, updatedAt: now, bankId };
    const item = (cardId: string | null) => ({
      kind: "QUESTION",
      cardId,
      pairIndex: null,
      prompt: "{}",
      answer: "{}",
      retiredAt: null,
      updatedAt: now,
    });
    expect(rows).toMatchObject([
      {
        ...stamps,
        position: 0,
        externalId: "single-1",
        title: "Caps",
        type: "SINGLE",
        stem: "Which setting caps one function's concurrency?",
        explanation: "Reserved concurrency caps the function.",
        domain: "D2",
        topic: "Concurrency",
        category: "Lambda",
        cardId: "reserved-concurrency",
        tags: '["lambda","concurrency"]',
        references: '["https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html"]',
        options: [
          option(0, "Reserved concurrency", true, 100, "Right: a floor and a ceiling."),
          option(1, "Provisioned concurrency", false, 0, "It keeps environments warm.", "reserved-concurrency#1"),
          option(2, "Maximum event age", false, 0),
          option(3, "Batch size", false, 0),
        ],
        reviewItem: item("reserved-concurrency"),
      },
      {
        ...stamps,
        position: 1,
        externalId: null,
        title: null,
        type: "MULTIPLE",
        explanation: "",
        domain: null,
        topic: null,
        category: "Lambda",
        cardId: null,
        tags: "[]",
        references: "[]",
        options: [
          option(0, "Reserved concurrency", true, 50),
          option(1, "Maximum concurrency of the event source mapping", true, 50),
          option(2, "Batch size", false, -100),
          option(3, "Provisioned concurrency", false, -100),
          option(4, "Timeout", false, -100),
        ],
        reviewItem: item(null),
      },
      {
        ...stamps,
        position: 2,
        type: "SINGLE",
        stem: "Reserved concurrency is also a floor.",
        options: [option(0, "True", true, 100), option(1, "False", false, 0)],
        reviewItem: item(null),
      },
    ]);
    // Each version is its own lineage's first; ids are fresh and the review item follows the lineage.
    for (const q of rows) {
      expect(q.lineageId).toBe(q.id);
      expect(q.reviewItem?.id).toBe(`q:${q.id}`);
      expect(q.contentHash).toMatch(/^[0-9a-f]{64}$/);
    }
    const ids = rows.flatMap((q) => [q.id, ...q.options.map((o) => o.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
