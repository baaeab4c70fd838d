// Readiness for the next evaluation: from an institution's own indicators (status and
// self-assessed score), the share ready and the projected score per aspect and overall,
// and the category that projected score falls in on the scheme's bands.
import { categoryForScore } from "./score";
import type { CategoryDef, SchemeDef } from "./types";

export type ReadinessStatus = "belum" | "proses" | "siap";

export type IndicatorFigures = { aspectCode: string; status: ReadinessStatus; selfScore: number | null; maxScore: number };

export type AspectReadiness = {
  code: string;
  name: string;
  indicators: number;
  ready: number;
  inProgress: number;
  /** Whole per cent of indicators ready; 0 for an aspect without indicators. */
  readyPercent: number;
  /** Self-assessed points, on the aspect's maximum when the scheme sets one. */
  projected: number;
  max: number;
};

export type Readiness = {
  aspects: AspectReadiness[];
  indicators: number;
  ready: number;
  readyPercent: number;
  /** The projected score on the scheme's scale; null while nothing can be projected. */
  projectedScore: number | null;
  projectedCategory: CategoryDef | null;
};

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);
const tidy = (n: number) => Number(n.toFixed(3));

export function aspectReadiness(scheme: SchemeDef, indicators: IndicatorFigures[]): AspectReadiness[] {
  return [...scheme.aspects]
    .sort((a, b) => a.position - b.position)
    .map((aspect) => {
      const own = indicators.filter((i) => i.aspectCode === aspect.code);
      const ready = own.filter((i) => i.status === "siap").length;
      const points = own.reduce((sum, i) => sum + (i.selfScore ?? 0), 0);
      const attainable = own.reduce((sum, i) => sum + i.maxScore, 0);
      // The scheme's own maximum wins: indicators are then shares of it, whatever they add up to.
      const max = aspect.maxScore ?? attainable;
      const projected = attainable > 0 ? (points / attainable) * max : 0;
      return {
        code: aspect.code,
        name: aspect.name,
        indicators: own.length,
        ready,
        inProgress: own.filter((i) => i.status === "proses").length,
        readyPercent: percent(ready, own.length),
        projected: tidy(projected),
        max: tidy(max),
      };
    });
}

/**
 * The projected score puts the share of attainable points on the scheme's scale, floored to its
 * step (a projection should not round itself into a better band).
 */
export function projectScore(scheme: SchemeDef, points: number, attainable: number): number | null {
  if (attainable <= 0) return null;
  const { min, max, step } = scheme.scale;
  const share = Math.min(1, Math.max(0, points / attainable));
  const steps = Math.floor(((max - min) * share) / step + 1e-9);
  return tidy(min + steps * step);
}

export function readiness(scheme: SchemeDef, indicators: IndicatorFigures[]): Readiness {
  const aspects = aspectReadiness(scheme, indicators);
  const scored = aspects.filter((a) => a.indicators > 0);
  const ready = aspects.reduce((sum, a) => sum + a.ready, 0);
  const projectedScore = projectScore(
    scheme,
    scored.reduce((sum, a) => sum + a.projected, 0),
    scored.reduce((sum, a) => sum + a.max, 0),
  );
  const band = projectedScore == null ? null : categoryForScore(scheme, projectedScore);
  return {
    aspects,
    indicators: indicators.length,
    ready,
    readyPercent: percent(ready, indicators.length),
    projectedScore,
    projectedCategory: band?.ok ? band.category : null,
  };
}

/**
 * Evidence stays good for this many years before the evaluation year; older evidence carried
 * into a new workspace is marked for re-check. A working rule: the schemes' own window is
 * not in the sources read so far.
 */
export const EVIDENCE_WINDOW_YEARS = 2;

export function evidenceNeedsRecheck(addedAt: Date, evaluationYear: number, windowYears = EVIDENCE_WINDOW_YEARS): boolean {
  return addedAt.getUTCFullYear() < evaluationYear - windowYears;
}
