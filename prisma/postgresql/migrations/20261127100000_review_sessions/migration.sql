-- AlterTable
ALTER TABLE "ReviewState" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "baseVersion" INTEGER NOT NULL,
ADD COLUMN     "nextDue" TIMESTAMP(3) NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "ReviewLog_userId_itemId_baseVersion_key" ON "ReviewLog"("userId", "itemId", "baseVersion");

