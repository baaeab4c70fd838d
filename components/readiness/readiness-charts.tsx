"use client";
// The workspace's two charts, drawn from the figures the browser computes (so they move with
// every change): the aspects' projected points against their maximum, and the projection as
// the next point of the institution's trajectory. Recharts loads only on this page.
import dynamic from "next/dynamic";
import { SeriesLegend } from "@/components/charts/series-legend";
import { CHART_HEIGHT } from "@/components/charts/chart-layout";
import type { Readiness, SchemeDef } from "@/lib/merit";
import { projectionChartData, type ResultPoint } from "./readiness-chart-data";

const Placeholder = () => <div style={{ height: CHART_HEIGHT }} className="w-full rounded bg-slate-50" />;
const AspectChart = dynamic(() => import("./aspect-chart"), { ssr: false, loading: Placeholder });
const TrajectoryChart = dynamic(() => import("@/components/charts/trajectory-chart"), { ssr: false, loading: Placeholder });

type Props = { figures: Readiness; scheme: SchemeDef; year: number; trajectory: ResultPoint[] };

export function ReadinessCharts({ figures, scheme, year, trajectory }: Props) {
  const data = projectionChartData(scheme, trajectory, figures, year);
  return (
    <section aria-labelledby="readiness-charts" className="grid gap-4 rounded border border-slate-200 bg-white p-4 lg:grid-cols-2">
      <h2 id="readiness-charts" className="sr-only">
        Grafik kesiapan
      </h2>
      <div className="min-w-0 space-y-1">
        <h3 className="font-medium">Nilai proyeksi per aspek terhadap maksimumnya</h3>
        <AspectChart aspects={figures.aspects} />
      </div>
      <div className="min-w-0 space-y-1">
        <h3 className="font-medium">Lintasan hasil dan proyeksi {year}</h3>
        <TrajectoryChart data={data} title={`Lintasan hasil dan proyeksi ${year}`} testId="readiness-trajectory-chart" />
        <SeriesLegend series={data.series} />
      </div>
    </section>
  );
}
