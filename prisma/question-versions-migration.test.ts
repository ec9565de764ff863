import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";

// The question-versions migration on a database that already holds questions, a review item, a
// review log and an exam answer: nothing is lost, and what existed becomes version 1.
const MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");
const TARGET = "20261202100000_question_versions";
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function databaseBefore(): Database.Database {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coldstart-mig-"));
  dirs.push(dir);
  const db = new Database(path.join(dir, "m.db"));
  const earlier = fs.readdirSync(MIGRATIONS).filter((m) => /^\d/.test(m) && m < TARGET);
  for (const m of earlier.sort()) db.exec(fs.readFileSync(path.join(MIGRATIONS, m, "migration.sql"), "utf8"));
  return db;
}

describe("migration 20261202090000_question_versions", () => {
  it("makes every question version 1 of its own lineage and keeps its options, item, log and exam answer", () => {
    const db = databaseBefore();
    const now = "2026-11-30T10:00:00.000+00:00";
    db.exec(`
      INSERT INTO "User" ("id", "email", "role", "createdAt") VALUES ('u1', 'a@example.com', 'STUDENT', '${now}');
      INSERT INTO "QuestionBank" ("id", "title", "ownerId", "createdAt", "updatedAt", "published") VALUES ('b1', 'Bank', 'u1', '${now}', '${now}', 1);
      INSERT INTO "Question" ("id", "bankId", "externalId", "contentHash", "type", "stem", "position", "createdAt", "updatedAt")
        VALUES ('q1', 'b1', 'lc-001', 'h1', 'SINGLE', 'Stem one', 0, '${now}', '${now}');
      INSERT INTO "QuestionOption" ("id", "questionId", "position", "text", "correct") VALUES ('o1', 'q1', 0, 'Right', 1);
      INSERT INTO "ReviewItem" ("id", "kind", "questionId", "prompt", "answer", "updatedAt") VALUES ('q:q1', 'QUESTION', 'q1', '{}', '{}', '${now}');
      INSERT INTO "ReviewLog" ("id", "userId", "itemId", "idempotencyKey", "baseVersion", "rating", "state", "due", "stability",
        "difficulty", "elapsedDays", "lastElapsed", "scheduledDays", "learningSteps", "reviewedAt", "nextDue", "prevState")
        VALUES ('l1', 'u1', 'q:q1', 'k1', 0, 3, 0, '${now}', 0, 0, 0, 0, 0, 0, '${now}', '${now}', '{}');
      INSERT INTO "ExamAttempt" ("id", "userId", "mode", "blueprint", "seed", "startedAt") VALUES ('a1', 'u1', 'TIMED', '{}', 1, '${now}');
      INSERT INTO "ExamAnswer" ("attemptId", "questionId", "position") VALUES ('a1', 'q1', 0);
    `);
    db.exec(fs.readFileSync(path.join(MIGRATIONS, TARGET, "migration.sql"), "utf8"));

    expect(db.prepare(`SELECT "id", "lineageId", "version", "supersededAt", "stem" FROM "Question"`).all()).toEqual([
      { id: "q1", lineageId: "q1", version: 1, supersededAt: null, stem: "Stem one" },
    ]);
    expect(db.prepare(`SELECT "questionId" FROM "ReviewLog"`).all()).toEqual([{ questionId: "q1" }]);
    expect(db.prepare(`SELECT "questionId" FROM "QuestionOption"`).all()).toEqual([{ questionId: "q1" }]);
    expect(db.prepare(`SELECT "questionId" FROM "ExamAnswer"`).all()).toEqual([{ questionId: "q1" }]);
    expect(db.prepare(`SELECT "archivedAt" FROM "QuestionBank"`).all()).toEqual([{ archivedAt: null }]);
    expect(db.prepare(`PRAGMA foreign_key_check`).all()).toEqual([]);
    db.close();
  });
});
