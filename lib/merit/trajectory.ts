// An institution's trajectory: one point per round from its first record to its last (a
// year with two rounds has two points, a year with none a "missing" one), with the change
// since the previous round's result and the places where the scheme changes.
import { isCycleSkip, nextEvaluationYear } from "./cycle";
import { compareRounds } from "./rounds";
import { findCategoryByCode } from "./scheme";
import type { CategoryDef, SchemeDef } from "./types";
import type { EvaluationStatus, Evaluator } from "./words";

/** The round a result was announced in, as far as the trajectory needs it. */
export type RoundMark = { code: string; evaluator: Evaluator; announcedOn: string | null };

export type TrajectoryEvaluation = {
  year: number;
  /** Absent for a record without rounds: it is its year's only result. */
  round?: RoundMark | null;
  schemeCode: string;
  status: EvaluationStatus;
  score: number | null;
  categoryCode: string | null;
  notEvaluatedReason?: string | null;
};

export type Change = {
  fromYear: number;
  /** The round compared with, when the previous result had one. */
  fromRound?: string | null;
  /** Only when both years have a score under the same scheme. */
  scoreDelta: number | null;
  /** Only under the same scheme. */
  rankDelta: number | null;
  direction: "up" | "down" | "same" | null;
};

export type TrajectoryPoint = {
  year: number;
  /** Null for a year without a record, and for records without rounds. */
  round: RoundMark | null;
  schemeCode: string;
  status: EvaluationStatus | "missing";
  score: number | null;
  category: CategoryDef | null;
  rank: number | null;
  change: Change | null;
  /** The scheme differs from the previous recorded year's. */
  schemeBreak: boolean;
  /** A year without a result that the evaluation cycle explains. */
  expectedSkip: boolean;
};

const sign = (n: number): Change["direction"] => (n > 0 ? "up" : n < 0 ? "down" : "same");

function changeBetween(prev: TrajectoryPoint, cur: TrajectoryPoint): Change {
  const sameScheme = prev.schemeCode === cur.schemeCode;
  const scoreDelta = sameScheme && prev.score != null && cur.score != null ? Number((cur.score - prev.score).toFixed(9)) : null;
  const rankDelta = sameScheme && prev.rank != null && cur.rank != null ? cur.rank - prev.rank : null;
  const direction = scoreDelta != null ? sign(scoreDelta) : rankDelta != null ? sign(rankDelta) : null;
  return { fromYear: prev.year, ...(prev.round ? { fromRound: prev.round.code } : {}), scoreDelta, rankDelta, direction };
}

const roundKey = (e: TrajectoryEvaluation) => ({ year: e.year, announcedOn: e.round?.announcedOn ?? null, code: e.round?.code ?? "" });

/**
 * How far a change moved, for ranking the biggest movers: a change of category outweighs any
 * change of score, then the score difference decides. Null when there is no number to rank
 * by — no change, no movement, or a change known only by its category (a year published
 * without a score): such a change is not a numeric mover.
 */
export function moverSize(change: Change | null): number | null {
  if (!change || change.scoreDelta == null || change.direction === null || change.direction === "same") return null;
  return Math.abs(change.scoreDelta) + Math.abs(change.rankDelta ?? 0) * 1000;
}

export function buildTrajectory(schemes: SchemeDef[], evaluations: TrajectoryEvaluation[]): TrajectoryPoint[] {
  const schemeOf = new Map(schemes.map((s) => [s.code, s]));
  const sorted = [...evaluations].sort((a, b) => compareRounds(roundKey(a), roundKey(b)));
  if (!sorted.length) return [];
  const byYear = new Map<number, TrajectoryEvaluation[]>();
  for (const e of sorted) byYear.set(e.year, [...(byYear.get(e.year) ?? []), e]);
  const points: TrajectoryPoint[] = [];
  let lastEvaluated: TrajectoryPoint | null = null;
  let lastRecorded: TrajectoryPoint | null = null;
  const slots = (year: number) => byYear.get(year) ?? [undefined];
  for (let year = sorted[0].year; year <= sorted[sorted.length - 1].year; year++)
    for (const e of slots(year)) {
      const schemeCode = e?.schemeCode ?? lastRecorded?.schemeCode ?? sorted[0].schemeCode;
      const scheme = schemeOf.get(schemeCode);
      const category = e?.categoryCode && scheme ? findCategoryByCode(scheme, e.categoryCode) : null;
      const point: TrajectoryPoint = {
        year,
        round: e?.round ?? null,
        schemeCode,
        status: e?.status ?? "missing",
        score: e?.status === "evaluated" ? e.score : null,
        category,
        rank: category?.rank ?? null,
        change: null,
        schemeBreak: Boolean(e && lastRecorded && lastRecorded.schemeCode !== e.schemeCode),
        expectedSkip: false,
      };
      if (point.status === "evaluated") {
        if (lastEvaluated) point.change = changeBetween(lastEvaluated, point);
        lastEvaluated = point;
      } else if (lastEvaluated) {
        const lastScheme = schemeOf.get(lastEvaluated.schemeCode);
        point.expectedSkip = Boolean(lastScheme && isCycleSkip(lastScheme, { year: lastEvaluated.year, categoryCode: lastEvaluated.category?.code ?? null }, year));
      }
      if (e) lastRecorded = point;
      points.push(point);
    }
  return points;
}

export function latestEvaluated(points: TrajectoryPoint[]): TrajectoryPoint | null {
  return [...points].reverse().find((p) => p.status === "evaluated") ?? null;
}

export function summarizeTrajectory(schemes: SchemeDef[], evaluations: TrajectoryEvaluation[]) {
  const points = buildTrajectory(schemes, evaluations);
  const latest = latestEvaluated(points);
  const scheme = latest ? schemes.find((s) => s.code === latest.schemeCode) : undefined;
  const nextDueYear = latest && scheme ? nextEvaluationYear(scheme, { year: latest.year, categoryCode: latest.category?.code ?? null }) : null;
  return { points, latest, nextDueYear, change: latest?.change ?? null };
}
