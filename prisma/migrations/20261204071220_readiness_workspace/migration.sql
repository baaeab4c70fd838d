-- CreateEnum
CREATE TYPE "ReadinessStatus" AS ENUM ('belum', 'proses', 'siap');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('link', 'file');

-- CreateTable
CREATE TABLE "ReadinessTemplateIndicator" (
    "id" TEXT NOT NULL,
    "aspectId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "guidance" TEXT,
    "maxScore" DECIMAL(8,3) NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ReadinessTemplateIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadinessWorkspace" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "schemeId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadinessWorkspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadinessIndicator" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "aspectId" TEXT NOT NULL,
    "templateCode" TEXT,
    "title" TEXT NOT NULL,
    "guidance" TEXT,
    "maxScore" DECIMAL(8,3) NOT NULL,
    "selfScore" DECIMAL(8,3),
    "status" "ReadinessStatus" NOT NULL DEFAULT 'belum',
    "ownerId" TEXT,
    "dueDate" DATE,
    "notes" TEXT,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadinessIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadinessComment" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadinessComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "fileId" TEXT,
    "recheck" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL DEFAULT 0,
    "complete" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFileChunk" (
    "fileId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "EvidenceFileChunk_pkey" PRIMARY KEY ("fileId","index")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReadinessTemplateIndicator_aspectId_code_key" ON "ReadinessTemplateIndicator"("aspectId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ReadinessWorkspace_institutionId_year_key" ON "ReadinessWorkspace"("institutionId", "year");

-- CreateIndex
CREATE INDEX "ReadinessIndicator_workspaceId_aspectId_idx" ON "ReadinessIndicator"("workspaceId", "aspectId");

-- CreateIndex
CREATE INDEX "ReadinessComment_indicatorId_createdAt_idx" ON "ReadinessComment"("indicatorId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_fileId_key" ON "Evidence"("fileId");

-- CreateIndex
CREATE INDEX "Evidence_indicatorId_idx" ON "Evidence"("indicatorId");

-- CreateIndex
CREATE INDEX "EvidenceFile_institutionId_idx" ON "EvidenceFile"("institutionId");

-- AddForeignKey
ALTER TABLE "ReadinessTemplateIndicator" ADD CONSTRAINT "ReadinessTemplateIndicator_aspectId_fkey" FOREIGN KEY ("aspectId") REFERENCES "SchemeAspect"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessWorkspace" ADD CONSTRAINT "ReadinessWorkspace_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessWorkspace" ADD CONSTRAINT "ReadinessWorkspace_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessIndicator" ADD CONSTRAINT "ReadinessIndicator_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "ReadinessWorkspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessIndicator" ADD CONSTRAINT "ReadinessIndicator_aspectId_fkey" FOREIGN KEY ("aspectId") REFERENCES "SchemeAspect"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessIndicator" ADD CONSTRAINT "ReadinessIndicator_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessComment" ADD CONSTRAINT "ReadinessComment_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "ReadinessIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessComment" ADD CONSTRAINT "ReadinessComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "ReadinessIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "EvidenceFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFileChunk" ADD CONSTRAINT "EvidenceFileChunk_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "EvidenceFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The same rules as the actions, repeated by the database.
ALTER TABLE "ReadinessIndicator" ADD CONSTRAINT "ReadinessIndicator_selfScore_range"
  CHECK ("maxScore" > 0 AND ("selfScore" IS NULL OR ("selfScore" >= 0 AND "selfScore" <= "maxScore")));
ALTER TABLE "ReadinessTemplateIndicator" ADD CONSTRAINT "ReadinessTemplateIndicator_maxScore_positive" CHECK ("maxScore" > 0);
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_kind_matches"
  CHECK (("kind" = 'link' AND "url" IS NOT NULL AND "fileId" IS NULL) OR ("kind" = 'file' AND "fileId" IS NOT NULL AND "url" IS NULL));
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_size_limit" CHECK ("size" >= 0 AND "size" <= 10485760);
