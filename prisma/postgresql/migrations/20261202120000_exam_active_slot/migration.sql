-- AlterTable
ALTER TABLE "ExamAttempt" ADD COLUMN     "activeSlot" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ExamAttempt_activeSlot_key" ON "ExamAttempt"("activeSlot");

-- CreateIndex
CREATE INDEX "ExamAttempt_submittedAt_deadlineAt_idx" ON "ExamAttempt"("submittedAt", "deadlineAt");


-- Each learner's running timed mock takes the slot (the newest by id, should a race have left two).
UPDATE "ExamAttempt" SET "activeSlot" = "userId"
WHERE "mode" = 'TIMED' AND "submittedAt" IS NULL
  AND "id" = (
    SELECT MAX(b."id") FROM "ExamAttempt" b
    WHERE b."userId" = "ExamAttempt"."userId" AND b."mode" = 'TIMED' AND b."submittedAt" IS NULL
  );
