-- Rules that span rows, kept in the database so no writer can bypass them:
-- a score lies within its scheme's scale and on its step, a stated category agrees
-- with the score's band, the year lies in the scheme's period, and aspect scores
-- belong to the evaluation's scheme and stay within the aspect's maximum.

ALTER TABLE "Evaluation"
  ADD CONSTRAINT "Evaluation_year_range" CHECK ("year" BETWEEN 2000 AND 2100),
  ADD CONSTRAINT "Evaluation_status_fields" CHECK (
    ("status" = 'evaluated' AND "categoryId" IS NOT NULL AND "notEvaluatedReason" IS NULL)
    OR ("status" = 'not_evaluated' AND "categoryId" IS NULL AND "score" IS NULL AND "notEvaluatedReason" IS NOT NULL)
  ),
  ADD CONSTRAINT "Evaluation_version_positive" CHECK ("version" >= 1);

ALTER TABLE "Source"
  ADD CONSTRAINT "Source_has_evidence" CHECK ("url" IS NOT NULL OR "documentRef" IS NOT NULL);

ALTER TABLE "Scheme"
  ADD CONSTRAINT "Scheme_scale_valid" CHECK ("scaleMin" < "scaleMax" AND "scaleStep" > 0),
  ADD CONSTRAINT "Scheme_period_valid" CHECK ("validToYear" IS NULL OR "validToYear" >= "validFromYear");

CREATE FUNCTION "evaluation_enforce_scheme"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s "Scheme"%ROWTYPE;
  cat "SchemeCategory"%ROWTYPE;
  expected "SchemeCategory"%ROWTYPE;
  v numeric;
BEGIN
  SELECT * INTO s FROM "Scheme" WHERE "id" = NEW."schemeId";
  IF NEW."year" < s."validFromYear" OR (s."validToYear" IS NOT NULL AND NEW."year" > s."validToYear") THEN
    RAISE EXCEPTION 'Evaluation year % is outside the period of scheme %', NEW."year", s."code"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Evaluation_year_in_scheme';
  END IF;
  FOREACH v IN ARRAY ARRAY[NEW."score", NEW."selfAssessedScore"] LOOP
    CONTINUE WHEN v IS NULL;
    IF v < s."scaleMin" OR v > s."scaleMax" THEN
      RAISE EXCEPTION 'Score % is outside the scale % to % of scheme %', v, s."scaleMin", s."scaleMax", s."code"
        USING ERRCODE = 'check_violation', CONSTRAINT = 'Evaluation_score_in_scale';
    END IF;
    IF mod(v - s."scaleMin", s."scaleStep") <> 0 THEN
      RAISE EXCEPTION 'Score % is not a multiple of step % of scheme %', v, s."scaleStep", s."code"
        USING ERRCODE = 'check_violation', CONSTRAINT = 'Evaluation_score_on_step';
    END IF;
  END LOOP;
  IF NEW."categoryId" IS NOT NULL THEN
    SELECT * INTO cat FROM "SchemeCategory" WHERE "id" = NEW."categoryId";
    IF cat."schemeId" <> NEW."schemeId" THEN
      RAISE EXCEPTION 'Category % does not belong to scheme %', cat."code", s."code"
        USING ERRCODE = 'check_violation', CONSTRAINT = 'Evaluation_category_in_scheme';
    END IF;
    IF NEW."score" IS NOT NULL THEN
      SELECT * INTO expected FROM "SchemeCategory"
        WHERE "schemeId" = NEW."schemeId" AND "lowerBound" <= NEW."score"
        ORDER BY "lowerBound" DESC LIMIT 1;
      IF expected."id" IS DISTINCT FROM NEW."categoryId" THEN
        RAISE EXCEPTION 'Category % does not match score % (expected %)', cat."name", NEW."score", expected."name"
          USING ERRCODE = 'check_violation', CONSTRAINT = 'Evaluation_category_matches_score';
      END IF;
    END IF;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Evaluation_enforce_scheme"
  BEFORE INSERT OR UPDATE ON "Evaluation"
  FOR EACH ROW EXECUTE FUNCTION "evaluation_enforce_scheme"();

CREATE FUNCTION "aspect_score_enforce_scheme"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  a "SchemeAspect"%ROWTYPE;
  evaluation_scheme text;
BEGIN
  SELECT * INTO a FROM "SchemeAspect" WHERE "id" = NEW."aspectId";
  SELECT "schemeId" INTO evaluation_scheme FROM "Evaluation" WHERE "id" = NEW."evaluationId";
  IF a."schemeId" <> evaluation_scheme THEN
    RAISE EXCEPTION 'Aspect % does not belong to the evaluation''s scheme', a."code"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'EvaluationAspectScore_aspect_in_scheme';
  END IF;
  IF NEW."score" < 0 OR (a."maxScore" IS NOT NULL AND NEW."score" > a."maxScore") THEN
    RAISE EXCEPTION 'Aspect score % is outside 0 to % for aspect %', NEW."score", a."maxScore", a."code"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'EvaluationAspectScore_score_in_range';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "EvaluationAspectScore_enforce_scheme"
  BEFORE INSERT OR UPDATE ON "EvaluationAspectScore"
  FOR EACH ROW EXECUTE FUNCTION "aspect_score_enforce_scheme"();

ALTER TABLE "EvaluationSubScore"
  ADD CONSTRAINT "EvaluationSubScore_value_range" CHECK ("value" >= 0 AND ("scaleMax" IS NULL OR "value" <= "scaleMax"));
