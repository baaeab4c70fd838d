// Turns an institution's evaluations into what the chart and the table show, in one language.
import { bandsOf } from "@/components/charts/bands";
import { INK, placeMarkers, valueTicks } from "@/components/charts/chart-layout";
import type { ChartSlot, TrajectoryChartBand, TrajectoryChartData, TrajectoryChartPoint, TrajectorySeries } from "@/components/charts/trajectory-types";
import { categoryLabel, formatDate, formatScore } from "@/lib/format";
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
      round: { code: e.round.code, evaluator: e.round.evaluator, announcedOn: e.round.announcedOn },
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

/** A year's slot key, or its round's when the year has several points. */
const slotKeyOf = (p: TrajectoryPoint, several: boolean) => (several && p.round ? p.round.code : String(p.year));

/** One slot per point: a year, or each round of a year with several (labelled with the year). */
export function pointSlots(points: TrajectoryPoint[]): ChartSlot[] {
  const perYear = new Map<number, number>();
  for (const p of points) perYear.set(p.year, (perYear.get(p.year) ?? 0) + 1);
  return points.map((p) => ({ key: slotKeyOf(p, perYear.get(p.year)! > 1), year: p.year, label: String(p.year) }));
}

/** One slot per year, for charts of several institutions: each shows its latest round of a year. */
export const yearSlots = (years: number[]): ChartSlot[] => years.map((year) => ({ key: String(year), year, label: String(year) }));

/**
 * One point per slot for an institution, in `scheme`: years of another scheme keep their
 * description but no position (they sit behind a break rule). A round's point in a year of
 * several says which announcement it is: the round's name and day.
 */
export function seriesPoints(
  profile: InstitutionProfile,
  points: TrajectoryPoint[],
  slots: ChartSlot[],
  scheme: SchemeDef,
  bands: TrajectoryChartBand[],
  locale: string,
  d: Describe,
): TrajectoryChartPoint[] {
  const roundOf = new Map(profile.evaluations.map((e) => [e.round.code, e]));
  const perYear = new Map<number, number>();
  for (const p of points) perYear.set(p.year, (perYear.get(p.year) ?? 0) + 1);
  const bySlot = new Map<string, TrajectoryPoint>();
  for (const p of points) {
    bySlot.set(slotKeyOf(p, perYear.get(p.year)! > 1), p);
    bySlot.set(String(p.year), p); // the latest round of its year, for year slots
  }
  return slots.map(({ key: slot, year }) => {
    const p = bySlot.get(slot);
    if (!p) return { year, slot, score: null, categoryOnly: null, categoryName: null, status: "missing", description: d.missing, lone: false, dx: 0 };
    const sameScheme = p.schemeCode === scheme.code;
    const band = p.category ? bands.find((b) => b.rank === p.category!.rank) : undefined;
    const stored = p.round ? roundOf.get(p.round.code) : undefined;
    const text = describePoint(p, locale, d, stored?.notEvaluatedReason ?? null);
    const round = stored && slot === p.round?.code ? stored.round : null;
    return {
      year,
      slot,
      score: sameScheme ? p.score : null,
      categoryOnly: sameScheme && p.score == null && band ? (band.from + band.to) / 2 : null,
      categoryName: p.category ? categoryLabel(p.category, locale) : null,
      status: p.status,
      description: round ? `${roundLabel(round, locale)}: ${text}` : text,
      lone: false,
      dx: 0,
    };
  });
}

/** "KASN 2024, Bandung · 29 Mei 2024": who announced a round, where and when. */
export function roundLabel(round: { name: string; nameEn: string; announcedOn: string | null }, locale: string): string {
  const name = locale === "en" ? round.nameEn : round.name;
  return round.announcedOn ? `${name} · ${formatDate(round.announcedOn, locale)}` : name;
}

/** The scale of a scheme as the chart's domain, bands and value ticks; provisional bands say so in their names. */
export function chartScale(scheme: SchemeDef, locale: string, provisional?: string) {
  const bands = bandsOf(scheme, locale).map((b) => (scheme.provisional && provisional ? { ...b, name: `${b.name} (${provisional})` } : b));
  const domain: [number, number] = [scheme.scale.min, scheme.scale.max];
  return { bands, domain, yTicks: valueTicks(bands, domain, (v) => formatScore(v, locale)) };
}

/** The chart shows the scheme of the latest result; other schemes' years sit behind a break rule. */
export function chartData(profile: InstitutionProfile, points: TrajectoryPoint[], locale: string, d: Describe, labels: ChartLabels): TrajectoryChartData | null {
  if (!points.length) return null;
  const scheme = chartScheme(profile.schemes, points);
  const scale = chartScale(scheme, locale, labels.provisional);
  const slots = pointSlots(points);
  const series: TrajectorySeries = {
    key: profile.slug,
    name: profile.name,
    color: INK,
    dash: "",
    shape: "circle",
    categoryShape: "diamond",
    points: seriesPoints(profile, points, slots, scheme, scale.bands, locale, d),
  };
  return {
    slots,
    series: placeMarkers([series], scale.domain),
    ...scale,
    gaps: points.flatMap((p, i) => (p.status === "evaluated" ? [] : [{ year: p.year, slot: slots[i].key, label: p.status === "missing" ? labels.missing : labels.notEvaluated }])),
    schemeBreaks: points.flatMap((p, i) => (p.schemeBreak ? [slots[i].key] : [])),
    labels: { schemeBreak: labels.schemeBreak },
  };
}
