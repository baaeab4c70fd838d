-- Evaluation rounds: a result belongs to one announcement (round), not only to a year.
-- At most one result per institution and round; a year may hold several rounds. The
-- national ceremonies become rounds, and every existing result is kept and assigned to
-- the round of its year and evaluator (decision 025).

-- CreateTable
CREATE TABLE "EvaluationRound" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "schemeId" TEXT NOT NULL,
    "evaluator" "Evaluator" NOT NULL,
    "announcedOn" DATE,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "city" TEXT,
    "venue" TEXT,
    "sangatBaikCount" INTEGER,
    "baikCount" INTEGER,
    "totalCount" INTEGER,
    "breakdown" TEXT,
    "notes" TEXT,
    "sourceUrls" TEXT[],

    CONSTRAINT "EvaluationRound_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationRound_code_key" ON "EvaluationRound"("code");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationRound_year_evaluator_announcedOn_key" ON "EvaluationRound"("year", "evaluator", "announcedOn");

-- ── Data: ceremonies become rounds, and every result gets the round of its year and evaluator.

-- The evaluator of a ceremony was free text ("KASN", "BKN dan KemenPAN-RB").
CREATE FUNCTION "pg_temp"."evaluator_of"(label text, y integer) RETURNS "Evaluator" LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN label ILIKE '%kasn%' THEN 'kasn'::"Evaluator"
    WHEN label ILIKE '%bkn%' OR label ILIKE '%panrb%' OR label ILIKE '%pan-rb%' THEN 'kemenpanrb_bkn'::"Evaluator"
    WHEN label ILIKE '%bkd%' THEN 'bkd_provinsi'::"Evaluator"
    -- KASN was dissolved in 2024; its successors evaluate from then on.
    WHEN y <= 2023 THEN 'kasn'::"Evaluator"
    ELSE 'kemenpanrb_bkn'::"Evaluator"
  END
$$;

CREATE FUNCTION "pg_temp"."round_name"(e "Evaluator", y integer, english boolean) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE e
    WHEN 'kasn' THEN 'KASN'
    WHEN 'kemenpanrb_bkn' THEN CASE WHEN english THEN 'KemenPAN-RB and BKN' ELSE 'KemenPAN-RB dan BKN' END
    ELSE CASE WHEN english THEN 'Provincial BKD' ELSE 'BKD Provinsi' END
  END || ' ' || y::text
$$;

CREATE FUNCTION "pg_temp"."round_code"(y integer, e "Evaluator", d date) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT y::text || '-' || replace(e::text, '_', '-') || COALESCE('-' || to_char(d, 'YYYY-MM-DD'), '')
$$;

-- The scheme whose period covers a year (periods do not overlap), else the scheme its results use.
CREATE FUNCTION "pg_temp"."scheme_of"(y integer) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT COALESCE(
    (SELECT "id" FROM "Scheme" WHERE "validFromYear" <= y AND ("validToYear" IS NULL OR y <= "validToYear") ORDER BY "validFromYear" DESC LIMIT 1),
    (SELECT min("schemeId") FROM "Evaluation" WHERE "year" = y)
  )
$$;

INSERT INTO "EvaluationRound" ("id", "code", "year", "schemeId", "evaluator", "announcedOn", "name", "nameEn", "city", "venue",
  "sangatBaikCount", "baikCount", "totalCount", "breakdown", "notes", "sourceUrls")
SELECT 'round_' || md5(c."roundYear"::text || c."evaluator"), pg_temp.round_code(c."roundYear", pg_temp.evaluator_of(c."evaluator", c."roundYear"), c."date"),
  c."roundYear", pg_temp.scheme_of(c."roundYear"), pg_temp.evaluator_of(c."evaluator", c."roundYear"), c."date",
  pg_temp.round_name(pg_temp.evaluator_of(c."evaluator", c."roundYear"), c."roundYear", false) || ', ' || c."city",
  pg_temp.round_name(pg_temp.evaluator_of(c."evaluator", c."roundYear"), c."roundYear", true) || ', ' || c."city",
  c."city", c."venue", c."sangatBaikCount", c."baikCount", c."totalCount", c."breakdown", c."notes", ARRAY[c."sourceUrl"]
FROM "Ceremony" c;

-- A result without an evaluator belongs to the year's round announced last, or by the rule above.
CREATE TEMPORARY TABLE "evaluation_round_key" ON COMMIT DROP AS
SELECT e."id", e."year", e."schemeId", e."announcedAt",
  COALESCE(e."evaluator",
    (SELECT r."evaluator" FROM "EvaluationRound" r WHERE r."year" = e."year" ORDER BY r."announcedOn" DESC NULLS LAST LIMIT 1),
    pg_temp.evaluator_of('', e."year")) AS "evaluator"
FROM "Evaluation" e;

-- Years and evaluators without a ceremony get a round dated by their latest announced result.
INSERT INTO "EvaluationRound" ("id", "code", "year", "schemeId", "evaluator", "announcedOn", "name", "nameEn", "sourceUrls")
SELECT 'round_' || md5(k."year"::text || k."evaluator"::text || 'results'), pg_temp.round_code(k."year", k."evaluator", max(k."announcedAt")),
  k."year", min(k."schemeId"), k."evaluator", max(k."announcedAt"),
  pg_temp.round_name(k."evaluator", k."year", false), pg_temp.round_name(k."evaluator", k."year", true), '{}'
FROM "evaluation_round_key" k
WHERE NOT EXISTS (SELECT 1 FROM "EvaluationRound" r WHERE r."year" = k."year" AND r."evaluator" = k."evaluator")
GROUP BY k."year", k."evaluator";

-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN "roundId" TEXT;

-- Of several rounds of one year and evaluator (none before this migration), the latest.
UPDATE "Evaluation" e SET "roundId" = (
  SELECT r."id" FROM "EvaluationRound" r JOIN "evaluation_round_key" k ON k."id" = e."id"
  WHERE r."year" = k."year" AND r."evaluator" = k."evaluator"
  ORDER BY r."announcedOn" DESC NULLS LAST LIMIT 1
);

ALTER TABLE "Evaluation" ALTER COLUMN "roundId" SET NOT NULL;

-- DropIndex
DROP INDEX "Evaluation_institutionId_year_key";

-- DropTable
DROP TABLE "Ceremony";

-- CreateIndex
CREATE INDEX "Evaluation_roundId_idx" ON "Evaluation"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_institutionId_roundId_key" ON "Evaluation"("institutionId", "roundId");

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "EvaluationRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ── Rules: a round's scheme exists and covers its year; a result repeats its round's year,
-- scheme and evaluator. The scheme link is a trigger, not a foreign key (decision 025).

ALTER TABLE "EvaluationRound"
  ADD CONSTRAINT "EvaluationRound_year_range" CHECK ("year" BETWEEN 2000 AND 2100);

CREATE FUNCTION "evaluation_round_enforce_scheme"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s "Scheme"%ROWTYPE;
BEGIN
  SELECT * INTO s FROM "Scheme" WHERE "id" = NEW."schemeId";
  IF NOT FOUND THEN
    RAISE EXCEPTION 'Round % names a scheme that does not exist', NEW."code"
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'EvaluationRound_schemeId_fkey';
  END IF;
  IF NEW."year" < s."validFromYear" OR (s."validToYear" IS NOT NULL AND NEW."year" > s."validToYear") THEN
    RAISE EXCEPTION 'Round year % is outside the period of scheme %', NEW."year", s."code"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'EvaluationRound_year_in_scheme';
  END IF;
  IF TG_OP = 'UPDATE' AND EXISTS (
    SELECT 1 FROM "Evaluation" e WHERE e."roundId" = NEW."id"
      AND (e."year" <> NEW."year" OR e."schemeId" <> NEW."schemeId" OR e."evaluator" <> NEW."evaluator")
  ) THEN
    RAISE EXCEPTION 'Round % has results of another year, scheme or evaluator', NEW."code"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Evaluation_matches_round';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "EvaluationRound_enforce_scheme"
  BEFORE INSERT OR UPDATE ON "EvaluationRound"
  FOR EACH ROW EXECUTE FUNCTION "evaluation_round_enforce_scheme"();

CREATE FUNCTION "scheme_keep_rounds"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "EvaluationRound" WHERE "schemeId" = OLD."id") THEN
    RAISE EXCEPTION 'Scheme % still has rounds', OLD."code"
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'EvaluationRound_schemeId_fkey';
  END IF;
  RETURN OLD;
END;
$$;

CREATE TRIGGER "Scheme_keep_rounds"
  BEFORE DELETE ON "Scheme"
  FOR EACH ROW EXECUTE FUNCTION "scheme_keep_rounds"();

-- A result with no evaluator of its own (a year not evaluated) is its round's; another evaluator is refused.
CREATE FUNCTION "evaluation_enforce_round"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r "EvaluationRound"%ROWTYPE;
BEGIN
  SELECT * INTO r FROM "EvaluationRound" WHERE "id" = NEW."roundId";
  IF NEW."year" <> r."year" OR NEW."schemeId" <> r."schemeId" THEN
    RAISE EXCEPTION 'Evaluation year % or scheme differs from round %', NEW."year", r."code"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Evaluation_matches_round';
  END IF;
  IF NEW."evaluator" <> r."evaluator" THEN
    RAISE EXCEPTION 'Evaluator % differs from round % (%)', NEW."evaluator", r."code", r."evaluator"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Evaluation_matches_round';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Evaluation_enforce_round"
  BEFORE INSERT OR UPDATE ON "Evaluation"
  FOR EACH ROW EXECUTE FUNCTION "evaluation_enforce_round"();
