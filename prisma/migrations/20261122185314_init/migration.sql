-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "InstitutionType" AS ENUM ('kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota');

-- CreateEnum
CREATE TYPE "InstitutionStatus" AS ENUM ('current', 'former');

-- CreateEnum
CREATE TYPE "EvaluationStatus" AS ENUM ('evaluated', 'not_evaluated');

-- CreateEnum
CREATE TYPE "NotEvaluatedReason" AS ENUM ('biennial_cycle', 'not_submitted', 'other');

-- CreateEnum
CREATE TYPE "Evaluator" AS ENUM ('kasn', 'kemenpanrb_bkn', 'bkd_provinsi');

-- CreateEnum
CREATE TYPE "Publication" AS ENUM ('draft', 'published');

-- CreateTable
CREATE TABLE "Scheme" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "validFromYear" INTEGER NOT NULL,
    "validToYear" INTEGER,
    "scaleMin" DECIMAL(8,3) NOT NULL,
    "scaleMax" DECIMAL(8,3) NOT NULL,
    "scaleStep" DECIMAL(8,3) NOT NULL,
    "description" TEXT,

    CONSTRAINT "Scheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchemeCategory" (
    "id" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "lowerBound" DECIMAL(8,3) NOT NULL,
    "reevaluateAfterYears" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SchemeCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchemeAspect" (
    "id" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "maxScore" DECIMAL(8,3),

    CONSTRAINT "SchemeAspect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Province" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Institution" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "type" "InstitutionType" NOT NULL,
    "status" "InstitutionStatus" NOT NULL DEFAULT 'current',
    "provinceCode" TEXT,
    "kemendagriCode" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstitutionAlias" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "InstitutionAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "schemeId" TEXT NOT NULL,
    "status" "EvaluationStatus" NOT NULL DEFAULT 'evaluated',
    "notEvaluatedReason" "NotEvaluatedReason",
    "score" DECIMAL(8,3),
    "selfAssessedScore" DECIMAL(8,3),
    "categoryId" TEXT,
    "announcedAt" DATE,
    "evaluator" "Evaluator",
    "publication" "Publication" NOT NULL DEFAULT 'draft',
    "verifiedAt" TIMESTAMP(3),
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationAspectScore" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "aspectId" TEXT NOT NULL,
    "score" DECIMAL(8,3) NOT NULL,

    CONSTRAINT "EvaluationAspectScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationSubScore" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" DECIMAL(8,3) NOT NULL,
    "scaleMax" DECIMAL(8,3),
    "label" TEXT,

    CONSTRAINT "EvaluationSubScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "url" TEXT,
    "publisher" TEXT,
    "title" TEXT,
    "publishedAt" DATE,
    "documentRef" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ceremony" (
    "roundYear" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "city" TEXT NOT NULL,
    "venue" TEXT,
    "evaluator" TEXT NOT NULL,
    "sangatBaikCount" INTEGER,
    "baikCount" INTEGER,
    "totalCount" INTEGER,
    "breakdown" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "notes" TEXT,

    CONSTRAINT "Ceremony_pkey" PRIMARY KEY ("roundYear")
);

-- CreateTable
CREATE TABLE "_Succession" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_Succession_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Scheme_code_key" ON "Scheme"("code");

-- CreateIndex
CREATE UNIQUE INDEX "SchemeCategory_schemeId_code_key" ON "SchemeCategory"("schemeId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "SchemeCategory_schemeId_rank_key" ON "SchemeCategory"("schemeId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "SchemeAspect_schemeId_code_key" ON "SchemeAspect"("schemeId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Province_slug_key" ON "Province"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Institution_slug_key" ON "Institution"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Institution_kemendagriCode_key" ON "Institution"("kemendagriCode");

-- CreateIndex
CREATE INDEX "Institution_type_provinceCode_idx" ON "Institution"("type", "provinceCode");

-- CreateIndex
CREATE INDEX "Institution_provinceCode_idx" ON "Institution"("provinceCode");

-- CreateIndex
CREATE INDEX "InstitutionAlias_normalized_idx" ON "InstitutionAlias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "InstitutionAlias_institutionId_normalized_key" ON "InstitutionAlias"("institutionId", "normalized");

-- CreateIndex
CREATE INDEX "Evaluation_year_publication_idx" ON "Evaluation"("year", "publication");

-- CreateIndex
CREATE INDEX "Evaluation_categoryId_idx" ON "Evaluation"("categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_institutionId_year_key" ON "Evaluation"("institutionId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationAspectScore_evaluationId_aspectId_key" ON "EvaluationAspectScore"("evaluationId", "aspectId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationSubScore_evaluationId_code_key" ON "EvaluationSubScore"("evaluationId", "code");

-- CreateIndex
CREATE INDEX "Source_evaluationId_idx" ON "Source"("evaluationId");

-- CreateIndex
CREATE INDEX "_Succession_B_index" ON "_Succession"("B");

-- AddForeignKey
ALTER TABLE "SchemeCategory" ADD CONSTRAINT "SchemeCategory_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchemeAspect" ADD CONSTRAINT "SchemeAspect_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Institution" ADD CONSTRAINT "Institution_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "Province"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstitutionAlias" ADD CONSTRAINT "InstitutionAlias_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "SchemeCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationAspectScore" ADD CONSTRAINT "EvaluationAspectScore_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationAspectScore" ADD CONSTRAINT "EvaluationAspectScore_aspectId_fkey" FOREIGN KEY ("aspectId") REFERENCES "SchemeAspect"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationSubScore" ADD CONSTRAINT "EvaluationSubScore_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Succession" ADD CONSTRAINT "_Succession_A_fkey" FOREIGN KEY ("A") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Succession" ADD CONSTRAINT "_Succession_B_fkey" FOREIGN KEY ("B") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;
