-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReviewState" (
    "userId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "lastReview" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "itemId"),
    CONSTRAINT "ReviewState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewState_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ReviewItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReviewState" ("addedAt", "difficulty", "due", "elapsedDays", "itemId", "lapses", "lastReview", "learningSteps", "reps", "scheduledDays", "stability", "state", "userId") SELECT "addedAt", "difficulty", "due", "elapsedDays", "itemId", "lapses", "lastReview", "learningSteps", "reps", "scheduledDays", "stability", "state", "userId" FROM "ReviewState";
DROP TABLE "ReviewState";
ALTER TABLE "new_ReviewState" RENAME TO "ReviewState";
CREATE INDEX "ReviewState_userId_due_idx" ON "ReviewState"("userId", "due");
CREATE TABLE "new_ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "rating" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "lastElapsed" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reviewedAt" DATETIME NOT NULL,
    "nextDue" DATETIME NOT NULL,
    "answer" TEXT,
    "correct" BOOLEAN,
    "responseMs" INTEGER,
    "prevState" TEXT NOT NULL,
    "undoneAt" DATETIME,
    CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ReviewItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReviewLog" ("answer", "correct", "difficulty", "due", "elapsedDays", "id", "idempotencyKey", "itemId", "lastElapsed", "learningSteps", "prevState", "rating", "responseMs", "reviewedAt", "scheduledDays", "stability", "state", "undoneAt", "userId") SELECT "answer", "correct", "difficulty", "due", "elapsedDays", "id", "idempotencyKey", "itemId", "lastElapsed", "learningSteps", "prevState", "rating", "responseMs", "reviewedAt", "scheduledDays", "stability", "state", "undoneAt", "userId" FROM "ReviewLog";
DROP TABLE "ReviewLog";
ALTER TABLE "new_ReviewLog" RENAME TO "ReviewLog";
CREATE INDEX "ReviewLog_userId_reviewedAt_idx" ON "ReviewLog"("userId", "reviewedAt");
CREATE INDEX "ReviewLog_itemId_idx" ON "ReviewLog"("itemId");
CREATE UNIQUE INDEX "ReviewLog_userId_idempotencyKey_key" ON "ReviewLog"("userId", "idempotencyKey");
CREATE UNIQUE INDEX "ReviewLog_userId_itemId_baseVersion_key" ON "ReviewLog"("userId", "itemId", "baseVersion");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

