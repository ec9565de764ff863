-- Question versions (issue 13): every existing question becomes version 1 of its own lineage
-- (lineageId = id, so its review item "q:<id>" is already "q:<lineageId>"); a bank used by past
-- attempts is archived instead of deleted; a review log names the question version answered.
-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN "questionId" TEXT;

-- AlterTable
ALTER TABLE "QuestionBank" ADD COLUMN "archivedAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "lineageId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "supersededAt" DATETIME,
    "bankId" TEXT NOT NULL,
    "externalId" TEXT,
    "contentHash" TEXT NOT NULL,
    "title" TEXT,
    "type" TEXT NOT NULL,
    "stem" TEXT NOT NULL,
    "explanation" TEXT NOT NULL DEFAULT '',
    "domain" TEXT,
    "topic" TEXT,
    "category" TEXT,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "references" TEXT NOT NULL DEFAULT '[]',
    "cardId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_bankId_fkey" FOREIGN KEY ("bankId") REFERENCES "QuestionBank" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Question_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "ConceptCard" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Question" ("lineageId", "bankId", "cardId", "category", "contentHash", "createdAt", "domain", "explanation", "externalId", "id", "position", "references", "retiredAt", "stem", "tags", "topic", "type", "updatedAt") SELECT "id", "bankId", "cardId", "category", "contentHash", "createdAt", "domain", "explanation", "externalId", "id", "position", "references", "retiredAt", "stem", "tags", "topic", "type", "updatedAt" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE INDEX "Question_bankId_contentHash_idx" ON "Question"("bankId", "contentHash");
CREATE INDEX "Question_bankId_position_idx" ON "Question"("bankId", "position");
CREATE UNIQUE INDEX "Question_lineageId_version_key" ON "Question"("lineageId", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Review logs written before versions existed answered the only version their item had.
UPDATE "ReviewLog" SET "questionId" = (SELECT "questionId" FROM "ReviewItem" WHERE "ReviewItem"."id" = "ReviewLog"."itemId")
WHERE "itemId" LIKE 'q:%';
