// Turns an institution's evaluations into what the chart and the table show, in one language.
import { bandsOf } from "@/components/charts/bands";
import { INK, placeMarkers, valueTicks, yearRange } from "@/components/charts/chart-layout";
import type { TrajectoryChartBand, TrajectoryChartData, TrajectoryChartPoint, TrajectorySeries } from "@/components/charts/trajectory-types";
import { categoryLabel, formatScore } from "@/lib/format";
import { summarizeTrajectory, type SchemeDef, type TrajectoryPoint } from "@/lib/merit";
import type { InstitutionProfile } from "@/lib/queries/institution-profile";

export type Describe = {
  scored: (category: string, score: string) => string;
  categoryOnly: (category: string) => string;
  notEvaluated: (reason: string) => string;
  missing: string;
  reason: (code: string | null) => string;
};

/** `provisional`: the word that marks the bands of a scheme whose levels are not official yet. */
export type ChartLabels = { notEvaluated: string; missing: string; schemeBreak: string; provisional?: string };

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

/** The scheme a chart is drawn in: the one of the latest result. */
export function chartScheme(schemes: SchemeDef[], points: { status: string; schemeCode: string }[]): SchemeDef {
  const code = [...points].reverse().find((p) => p.status === "evaluated")?.schemeCode ?? points[0].schemeCode;
  return schemes.find((s) => s.code === code) as SchemeDef;
}

/**
 * One point per year of `years` for an institution, in `scheme`: years of another scheme
 * keep their description but no position (they sit behind a break rule).
 */
export function seriesPoints(
  profile: InstitutionProfile,
  points: TrajectoryPoint[],
  years: number[],
  scheme: SchemeDef,
  bands: TrajectoryChartBand[],
  locale: string,
  d: Describe,
): TrajectoryChartPoint[] {
  const reasonOf = new Map(profile.evaluations.map((e) => [e.year, e.notEvaluatedReason]));
  const byYear = new Map(points.map((p) => [p.year, p]));
  return years.map((year) => {
    const p = byYear.get(year);
    if (!p) return { year, score: null, categoryOnly: null, categoryName: null, status: "missing", description: d.missing, lone: false, dx: 0 };
    const sameScheme = p.schemeCode === scheme.code;
    const band = p.category ? bands.find((b) => b.rank === p.category!.rank) : undefined;
    return {
      year,
      score: sameScheme ? p.score : null,
      categoryOnly: sameScheme && p.score == null && band ? (band.from + band.to) / 2 : null,
      categoryName: p.category ? categoryLabel(p.category, locale) : null,
      status: p.status,
      description: describePoint(p, locale, d, reasonOf.get(year) ?? null),
      lone: false,
      dx: 0,
    };
  });
}

/** The scale of a scheme as the chart's domain, bands and value ticks; provisional bands say so in their names. */
export function chartScale(scheme: SchemeDef, locale: string, provisional?: string) {
  const bands = bandsOf(scheme, locale).map((b) => (scheme.provisional && provisional ? { ...b, name: `${b.name} (${provisional})` } : b));
  const domain: [number, number] = [scheme.scale.min, scheme.scale.max];
  return { bands, domain, yTicks: valueTicks(bands, domain, (v) => formatScore(v, locale)) };
}

/** The chart shows the scheme of the latest result; other schemes' years sit behind a break rule. */
export function chartData(
  profile: InstitutionProfile,
  points: TrajectoryPoint[],
  locale: string,
  d: Describe,
  labels: ChartLabels,
): TrajectoryChartData | null {
  if (!points.length) return null;
  const scheme = chartScheme(profile.schemes, points);
  const scale = chartScale(scheme, locale, labels.provisional);
  const years = yearRange(points.map((p) => p.year));
  const series: TrajectorySeries = {
    key: profile.slug,
    name: profile.name,
    color: INK,
    dash: "",
    shape: "circle",
    categoryShape: "diamond",
    points: seriesPoints(profile, points, years, scheme, scale.bands, locale, d),
  };
  return {
    years,
    series: placeMarkers([series], scale.domain),
    ...scale,
    gaps: points
      .filter((p) => p.status !== "evaluated")
      .map((p) => ({ year: p.year, label: p.status === "missing" ? labels.missing : labels.notEvaluated })),
    schemeBreaks: points.filter((p) => p.schemeBreak).map((p) => p.year),
    labels: { schemeBreak: labels.schemeBreak },
  };
}
