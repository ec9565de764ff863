-- Timed mock exams (issue 12): who ended an attempt, per-question autosave state, one report per learner and question.

-- AlterTable
ALTER TABLE "ExamAttempt" ADD COLUMN "endedBy" TEXT;

-- AlterTable
ALTER TABLE "ExamAnswer" ADD COLUMN "struck" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "ExamAnswer" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ExamAnswer" ADD COLUMN "revealedAt" DATETIME;

-- CreateIndex
CREATE INDEX "ExamAttempt_userId_submittedAt_idx" ON "ExamAttempt"("userId", "submittedAt");

-- CreateIndex
CREATE INDEX "QuestionReport_userId_createdAt_idx" ON "QuestionReport"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionReport_questionId_userId_key" ON "QuestionReport"("questionId", "userId");
