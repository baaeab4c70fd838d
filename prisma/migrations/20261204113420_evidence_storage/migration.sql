-- AlterTable
ALTER TABLE "EvidenceFile" ADD COLUMN     "storage" TEXT NOT NULL DEFAULT 'db';

-- Only the two backends lib/readiness/file-store.ts knows how to read.
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_storage_check" CHECK ("storage" IN ('db', 's3'));
