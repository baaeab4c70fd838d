// The compare page's chart: one series per institution, drawn like an institution page's
// trajectory (same scheme scale, ticks, markers, category-only and not-evaluated years).
// Kept apart from compare-data.ts so the table can be built without the chart's modules.
import { placeMarkers, yearRange } from "@/components/charts/chart-layout";
import { seriesStyle } from "@/components/charts/series-style";
import type { TrajectoryChartData, TrajectorySeries } from "@/components/charts/trajectory-types";
import { chartScale, chartScheme, seriesPoints, trajectoryOf, yearSlots, type ChartLabels, type Describe } from "@/components/charts/trajectory-data";
import type { InstitutionProfile } from "@/lib/queries/institution-profile";

/** One line per institution in the scheme of the latest result; years any of them was not evaluated are marked. */
export function compareChart(profiles: InstitutionProfile[], locale: string, d: Describe, labels: ChartLabels): TrajectoryChartData {
  const trajectories = profiles.map((p) => trajectoryOf(p).points);
  const all = trajectories.flat();
  const scheme = chartScheme(
    profiles.flatMap((p) => p.schemes),
    [...all].sort((a, b) => a.year - b.year),
  );
  const scale = chartScale(scheme, locale, labels.provisional);
  const years = yearRange(all.map((p) => p.year));
  // One slot a year: each institution shows its latest round of the year.
  const slots = yearSlots(years);
  const series = profiles.map((p, i): TrajectorySeries => {
    const style = seriesStyle(i);
    return {
      key: p.slug,
      name: p.name,
      ...style,
      categoryShape: style.shape,
      points: seriesPoints(p, trajectories[i], slots, scheme, scale.bands, locale, d),
    };
  });
  const notEvaluated = new Set(all.filter((p) => p.status === "not_evaluated").map((p) => p.year));
  return {
    slots,
    series: placeMarkers(series, scale.domain),
    ...scale,
    gaps: [...notEvaluated].sort((a, b) => a - b).map((year) => ({ year, slot: String(year), label: labels.notEvaluated })),
    schemeBreaks: [],
    labels: { schemeBreak: labels.schemeBreak },
  };
}
