-- CreateTable
CREATE TABLE "SandboxPrediction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "presetId" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "engineValue" REAL NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SandboxPrediction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SandboxPrediction_userId_presetId_idx" ON "SandboxPrediction"("userId", "presetId");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxPrediction_userId_idempotencyKey_key" ON "SandboxPrediction"("userId", "idempotencyKey");

