-- CreateEnum
CREATE TYPE "ReadinessTaskStatus" AS ENUM ('belum', 'proses', 'selesai');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "StaffRole" ADD VALUE 'head';
ALTER TYPE "StaffRole" ADD VALUE 'reviewer';

-- AlterTable
ALTER TABLE "ReadinessTemplateIndicator" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "reviewProvinceCode" TEXT;

-- CreateTable
CREATE TABLE "ReadinessTask" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "recommendation" TEXT NOT NULL,
    "ownerId" TEXT,
    "dueDate" DATE,
    "status" "ReadinessTaskStatus" NOT NULL DEFAULT 'belum',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadinessTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadinessTaskIndicator" (
    "taskId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,

    CONSTRAINT "ReadinessTaskIndicator_pkey" PRIMARY KEY ("taskId","indicatorId")
);

-- CreateIndex
CREATE INDEX "ReadinessTask_workspaceId_idx" ON "ReadinessTask"("workspaceId");

-- CreateIndex
CREATE INDEX "ReadinessTaskIndicator_indicatorId_idx" ON "ReadinessTaskIndicator"("indicatorId");

-- AddForeignKey
ALTER TABLE "ReadinessTask" ADD CONSTRAINT "ReadinessTask_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "ReadinessWorkspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessTask" ADD CONSTRAINT "ReadinessTask_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessTaskIndicator" ADD CONSTRAINT "ReadinessTaskIndicator_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "ReadinessTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessTaskIndicator" ADD CONSTRAINT "ReadinessTaskIndicator_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "ReadinessIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;
