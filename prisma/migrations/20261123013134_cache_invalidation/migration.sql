-- CreateTable
CREATE TABLE "CacheInvalidation" (
    "id" BIGSERIAL NOT NULL,
    "tags" TEXT[],
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CacheInvalidation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CacheInvalidation_at_idx" ON "CacheInvalidation"("at");
