// The evaluation cycle: a result in a category sets when the next evaluation is due
// (Sangat Baik under the 2019 scheme: two years later, so the year between is skipped).
import { findCategoryByCode } from "./scheme";
import type { SchemeDef } from "./types";

export type LastEvaluation = { year: number; categoryCode: string | null };

export function nextEvaluationYear(scheme: SchemeDef, last: LastEvaluation): number {
  const category = last.categoryCode ? findCategoryByCode(scheme, last.categoryCode) : null;
  return last.year + (category?.reevaluateAfterYears ?? 1);
}

/** True for a year the cycle explains: after the last result and before its next due year. */
export function isCycleSkip(scheme: SchemeDef, last: LastEvaluation, year: number): boolean {
  return year > last.year && year < nextEvaluationYear(scheme, last);
}

export function dueInYear(scheme: SchemeDef, last: LastEvaluation, year: number): boolean {
  return nextEvaluationYear(scheme, last) <= year;
}
