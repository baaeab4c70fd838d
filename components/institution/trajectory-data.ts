// Turns an institution's evaluations into what the chart and the table show, in one language.
import { bandsOf } from "@/components/charts/bands";
import type { TrajectoryChartData } from "@/components/charts/trajectory-types";
import { categoryLabel, formatScore } from "@/lib/format";
import { summarizeTrajectory, type SchemeDef, type TrajectoryPoint } from "@/lib/merit";
import type { InstitutionProfile } from "@/lib/queries/institution-profile";

type Describe = {
  scored: (category: string, score: string) => string;
  categoryOnly: (category: string) => string;
  notEvaluated: (reason: string) => string;
  missing: string;
  reason: (code: string | null) => string;
};

export function trajectoryOf(profile: InstitutionProfile) {
  return summarizeTrajectory(
    profile.schemes,
    profile.evaluations.map((e) => ({
      year: e.year,
      schemeCode: e.schemeCode,
      status: e.status,
      score: e.score,
      categoryCode: e.category?.code ?? null,
      notEvaluatedReason: e.notEvaluatedReason,
    })),
  );
}

export function describePoint(p: TrajectoryPoint, locale: string, d: Describe, reason: string | null): string {
  if (p.status === "missing") return d.missing;
  if (p.status === "not_evaluated") return d.notEvaluated(d.reason(reason));
  const category = p.category ? categoryLabel(p.category, locale) : "—";
  return p.score != null ? d.scored(category, formatScore(p.score, locale)) : d.categoryOnly(category);
}

/** The chart shows the scheme of the latest result; other schemes' years sit behind a break rule. */
export function chartData(
  profile: InstitutionProfile,
  points: TrajectoryPoint[],
  locale: string,
  d: Describe,
  labels: TrajectoryChartData["labels"],
): TrajectoryChartData | null {
  if (!points.length) return null;
  const schemeCode = [...points].reverse().find((p) => p.status === "evaluated")?.schemeCode ?? points[0].schemeCode;
  const scheme = profile.schemes.find((s) => s.code === schemeCode) as SchemeDef;
  const bands = bandsOf(scheme, locale);
  const reasonOf = new Map(profile.evaluations.map((e) => [e.year, e.notEvaluatedReason]));
  return {
    points: points.map((p) => {
      const sameScheme = p.schemeCode === schemeCode;
      const band = p.category ? bands.find((b) => b.rank === p.category!.rank) : undefined;
      return {
        year: p.year,
        score: sameScheme ? p.score : null,
        categoryOnly: sameScheme && p.score == null && band ? (band.from + band.to) / 2 : null,
        categoryName: p.category ? categoryLabel(p.category, locale) : null,
        status: p.status,
        description: describePoint(p, locale, d, reasonOf.get(p.year) ?? null),
      };
    }),
    bands,
    domain: [scheme.scale.min, scheme.scale.max],
    schemeBreaks: points.filter((p) => p.schemeBreak).map((p) => p.year),
    labels,
  };
}
