-- AlterTable
ALTER TABLE "User" ADD COLUMN "githubId" TEXT;

-- CreateTable
CREATE TABLE "ReviewAnswer" (
    "userId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "answer" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "answeredAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "itemId", "version"),
    CONSTRAINT "ReviewAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewAnswer_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ReviewItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ReviewAnswer_itemId_idx" ON "ReviewAnswer"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "User_githubId_key" ON "User"("githubId");

-- CreateIndex
CREATE INDEX "RateLimit_resetAt_idx" ON "RateLimit"("resetAt");

