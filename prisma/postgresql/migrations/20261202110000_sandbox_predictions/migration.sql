-- CreateEnum
CREATE TYPE "ExamEnd" AS ENUM ('LEARNER', 'DEADLINE');

-- DropIndex
DROP INDEX "Question_bankId_contentHash_key";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "githubId" TEXT;

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "questionId" TEXT;

-- AlterTable
ALTER TABLE "QuestionBank" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "lineageId" TEXT,
ADD COLUMN     "supersededAt" TIMESTAMP(3),
ADD COLUMN     "title" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
-- Existing questions start their own lineage (as in the SQLite migration 20261202100000_question_versions).
UPDATE "Question" SET "lineageId" = "id";
ALTER TABLE "Question" ALTER COLUMN "lineageId" SET NOT NULL;

-- AlterTable
ALTER TABLE "ExamAttempt" ADD COLUMN     "endedBy" "ExamEnd";

-- AlterTable
ALTER TABLE "ExamAnswer" ADD COLUMN     "revealedAt" TIMESTAMP(3),
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "struck" TEXT NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "ReviewAnswer" (
    "userId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "answer" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewAnswer_pkey" PRIMARY KEY ("userId","itemId","version")
);

-- CreateTable
CREATE TABLE "SandboxPrediction" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "presetId" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "engineValue" DOUBLE PRECISION NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxPrediction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewAnswer_itemId_idx" ON "ReviewAnswer"("itemId");

-- CreateIndex
CREATE INDEX "SandboxPrediction_userId_presetId_idx" ON "SandboxPrediction"("userId", "presetId");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxPrediction_userId_idempotencyKey_key" ON "SandboxPrediction"("userId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "User_githubId_key" ON "User"("githubId");

-- CreateIndex
CREATE INDEX "RateLimit_resetAt_idx" ON "RateLimit"("resetAt");

-- CreateIndex
CREATE INDEX "Question_bankId_contentHash_idx" ON "Question"("bankId", "contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Question_lineageId_version_key" ON "Question"("lineageId", "version");

-- CreateIndex
CREATE INDEX "ExamAttempt_userId_submittedAt_idx" ON "ExamAttempt"("userId", "submittedAt");

-- CreateIndex
CREATE INDEX "QuestionReport_userId_createdAt_idx" ON "QuestionReport"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionReport_questionId_userId_key" ON "QuestionReport"("questionId", "userId");

-- AddForeignKey
ALTER TABLE "ReviewAnswer" ADD CONSTRAINT "ReviewAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAnswer" ADD CONSTRAINT "ReviewAnswer_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ReviewItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SandboxPrediction" ADD CONSTRAINT "SandboxPrediction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Review logs written before versions existed answered the only version their item had.
UPDATE "ReviewLog" SET "questionId" = (SELECT "questionId" FROM "ReviewItem" WHERE "ReviewItem"."id" = "ReviewLog"."itemId")
WHERE "itemId" LIKE 'q:%';
