// Scores against a scheme: in range, on the step grid, which band, and whether a stated
// category agrees (the step grid itself is steps.ts).
import { findCategory, sortedCategories } from "./scheme";
import { EPSILON, onStep } from "./steps";
import type { CategoryDef, SchemeDef } from "./types";

export type ScoreProblem =
  | { code: "not_a_number" }
  | { code: "below_min"; score: number; min: number }
  | { code: "above_max"; score: number; max: number }
  | { code: "off_step"; score: number; step: number; nearest: [number, number] };

export type CategoryProblem =
  ScoreProblem | { code: "unknown_category"; given: string; known: string[] } | { code: "category_mismatch"; given: CategoryDef; expected: CategoryDef; score: number };

/** Rounds away binary noise so 251 + 0.5 prints as 251.5. */
const tidy = (n: number) => Number(n.toFixed(9));

export function checkScore(scheme: SchemeDef, score: number): ScoreProblem | null {
  const { min, max, step } = scheme.scale;
  if (typeof score !== "number" || !Number.isFinite(score)) return { code: "not_a_number" };
  if (score < min) return { code: "below_min", score, min };
  if (score > max) return { code: "above_max", score, max };
  if (!onStep(score, min, step)) {
    const below = tidy(min + Math.floor((score - min) / step) * step);
    return { code: "off_step", score, step, nearest: [below, tidy(below + step)] };
  }
  return null;
}

export function categoryForScore(scheme: SchemeDef, score: number): { ok: true; category: CategoryDef } | { ok: false; problem: ScoreProblem } {
  const problem = checkScore(scheme, score);
  if (problem) return { ok: false, problem };
  const band = sortedCategories(scheme)
    .filter((c) => c.lowerBound <= score + EPSILON)
    .pop();
  return { ok: true, category: band! };
}

/** A stated category must exist in the scheme and, when there is a score, be the score's band. */
export function checkCategoryAgreement(
  scheme: SchemeDef,
  score: number | null,
  categoryCodeOrName: string,
): { ok: true; category: CategoryDef } | { ok: false; problem: CategoryProblem } {
  const given = findCategory(scheme, categoryCodeOrName);
  if (!given) {
    return {
      ok: false,
      problem: { code: "unknown_category", given: categoryCodeOrName, known: sortedCategories(scheme).map((c) => c.name) },
    };
  }
  if (score == null) return { ok: true, category: given };
  const banded = categoryForScore(scheme, score);
  if (!banded.ok) return banded;
  if (banded.category.code !== given.code) {
    return { ok: false, problem: { code: "category_mismatch", given, expected: banded.category, score } };
  }
  return { ok: true, category: given };
}

/** Reads a score as people type it: "264,5", "264.5", " 327 ". Anything else is null. */
export function parseScore(input: string | number): number | null {
  if (typeof input === "number") return Number.isFinite(input) ? input : null;
  const text = input.trim();
  if (!/^[-+]?\d+([.,]\d+)?$/.test(text)) return null;
  return Number(text.replace(",", "."));
}
