// The scheme's rules for one result, composed once for the staff form and the import: the
// scores on the scale, nothing scored when not evaluated, a stated category that agrees with
// the score's band, and a category at all (stated, or the band of the score).
import { describeProblem } from "./messages";
import { findCategoryByCode } from "./scheme";
import { categoryForScore, checkCategoryAgreement, checkScore } from "./score";
import type { SchemeDef } from "./types";
import type { EvaluationStatus } from "./words";

export type ResultValues = { status: EvaluationStatus; score: number | null; selfAssessedScore: number | null; categoryCode: string | null };
export type ResultProblem = { field: "score" | "selfAssessedScore" | "categoryCode"; message: string };

/** Problems in Indonesian, and the category the result carries when there are none on it. */
export function checkResult(scheme: SchemeDef, r: ResultValues): { problems: ResultProblem[]; categoryCode: string | null } {
  const problems: ResultProblem[] = [];
  const scoreProblem = r.score == null ? null : checkScore(scheme, r.score);
  if (scoreProblem) problems.push({ field: "score", message: describeProblem(scoreProblem, "id") });
  const selfProblem = r.selfAssessedScore == null ? null : checkScore(scheme, r.selfAssessedScore);
  if (selfProblem) problems.push({ field: "selfAssessedScore", message: describeProblem(selfProblem, "id") });

  if (r.status === "not_evaluated") {
    if (r.score != null) problems.push({ field: "score", message: "Instansi yang tidak dinilai tidak memiliki nilai." });
    if (r.categoryCode) problems.push({ field: "categoryCode", message: "Instansi yang tidak dinilai tidak memiliki kategori." });
    return { problems, categoryCode: null };
  }
  if (r.categoryCode) {
    const known = findCategoryByCode(scheme, r.categoryCode);
    const agreement = checkCategoryAgreement(scheme, scoreProblem ? null : r.score, known?.name ?? r.categoryCode);
    if (agreement.ok) return { problems, categoryCode: agreement.category.code };
    problems.push({ field: "categoryCode", message: describeProblem(agreement.problem, "id") });
    return { problems, categoryCode: null };
  }
  if (r.score == null) {
    problems.push({ field: "score", message: "Isi nilai atau kategori." });
    return { problems, categoryCode: null };
  }
  const banded = scoreProblem ? null : categoryForScore(scheme, r.score);
  return { problems, categoryCode: banded?.ok ? banded.category.code : null };
}
