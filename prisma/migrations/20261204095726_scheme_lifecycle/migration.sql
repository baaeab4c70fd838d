-- CreateEnum
CREATE TYPE "SchemeStatus" AS ENUM ('draft', 'active');

-- AlterTable
ALTER TABLE "Scheme" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "provisional" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "status" "SchemeStatus" NOT NULL DEFAULT 'draft',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "SchemeComponent" (
    "id" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "weightPercent" DECIMAL(5,2),
    "subtracted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SchemeComponent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SchemeComponent_schemeId_code_key" ON "SchemeComponent"("schemeId", "code");

-- AddForeignKey
ALTER TABLE "SchemeComponent" ADD CONSTRAINT "SchemeComponent_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The schemes that exist already took results as developers seeded them: they are active.
-- The 2026 levels come from a secondary source and are not official yet.
UPDATE "Scheme" SET "status" = 'active';
UPDATE "Scheme" SET "provisional" = true WHERE "code" = 'merit-2026';
-- Its named components, as a fresh seed writes them (lib/merit/scheme.ts, MERIT_2026).
INSERT INTO "SchemeComponent" ("id", "schemeId", "code", "name", "nameEn", "position", "weightPercent", "subtracted")
  SELECT gen_random_uuid()::text, s."id", c."code", c."name", c."nameEn", c."position", c."weightPercent", c."subtracted"
  FROM "Scheme" s,
    (VALUES ('kematangan', 'Kematangan', 'Maturity', 1, 75.00, false),
            ('kepuasan-keterikatan', 'Kepuasan dan keterikatan pegawai', 'Employee satisfaction and engagement', 2, 25.00, false),
            ('koreksi-pelanggaran', 'Koreksi pelanggaran', 'Violation correction', 3, NULL, true))
      AS c("code", "name", "nameEn", "position", "weightPercent", "subtracted")
  WHERE s."code" = 'merit-2026';

ALTER TABLE "Scheme"
  ADD CONSTRAINT "Scheme_version_positive" CHECK ("version" >= 1);

ALTER TABLE "SchemeComponent"
  ADD CONSTRAINT "SchemeComponent_weight_or_subtracted" CHECK (
    ("subtracted" AND "weightPercent" IS NULL)
    OR (NOT "subtracted" AND "weightPercent" > 0 AND "weightPercent" <= 100)
  );

-- The life cycle in the database, so no writer bypasses it: a result only under an active
-- scheme, an active scheme never back to draft, and no two active schemes for one year.
CREATE FUNCTION "evaluation_scheme_active"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT "status" FROM "Scheme" WHERE "id" = NEW."schemeId") <> 'active' THEN
    RAISE EXCEPTION 'Scheme % is not active', NEW."schemeId"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Evaluation_scheme_active';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Evaluation_scheme_active"
  BEFORE INSERT OR UPDATE OF "schemeId" ON "Evaluation"
  FOR EACH ROW EXECUTE FUNCTION "evaluation_scheme_active"();

CREATE FUNCTION "scheme_enforce_lifecycle"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  clash text;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."status" = 'active' AND NEW."status" <> 'active' THEN
    RAISE EXCEPTION 'Scheme % is active and cannot return to draft', OLD."code"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Scheme_active_stays_active';
  END IF;
  IF NEW."status" = 'active' THEN
    SELECT "code" INTO clash FROM "Scheme"
      WHERE "status" = 'active' AND "id" <> NEW."id"
        AND "validFromYear" <= COALESCE(NEW."validToYear", 2147483647)
        AND NEW."validFromYear" <= COALESCE("validToYear", 2147483647)
      LIMIT 1;
    IF clash IS NOT NULL THEN
      RAISE EXCEPTION 'The period of scheme % overlaps active scheme %', NEW."code", clash
        USING ERRCODE = 'check_violation', CONSTRAINT = 'Scheme_active_periods_disjoint';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Scheme_enforce_lifecycle"
  BEFORE INSERT OR UPDATE ON "Scheme"
  FOR EACH ROW EXECUTE FUNCTION "scheme_enforce_lifecycle"();
