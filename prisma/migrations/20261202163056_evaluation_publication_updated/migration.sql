-- CreateIndex
CREATE INDEX "Evaluation_publication_updatedAt_idx" ON "Evaluation"("publication", "updatedAt");
