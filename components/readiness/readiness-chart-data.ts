// The institution's results under the workspace's scheme (one slot a year: its latest round) and, one year on, the projected
// score as a second series with its own marker, named "proyeksi": the trajectory chart's
// own data shape, so the same chart draws it.
import { INK, placeMarkers, yearRange } from "@/components/charts/chart-layout";
import type { TrajectoryChartData, TrajectoryChartPoint, TrajectorySeries } from "@/components/charts/trajectory-types";
import { chartScale, yearSlots } from "@/components/charts/trajectory-data";
import { formatScore } from "@/lib/format";
import type { Readiness, SchemeDef } from "@/lib/merit";

export type ResultPoint = { year: number; score: number | null; category: string | null };

export const PROJECTION_LABEL = "proyeksi";
const PROJECTION_COLOR = "#b45309";

function point(year: number, score: number | null, category: string | null, description: string): TrajectoryChartPoint {
  return { year, slot: String(year), score, categoryOnly: null, categoryName: category, status: score == null ? "missing" : "evaluated", description, lone: false, dx: 0 };
}

export function projectionChartData(scheme: SchemeDef, trajectory: ResultPoint[], figures: Readiness, year: number): TrajectoryChartData {
  const scale = chartScale(scheme, "id");
  const years = yearRange([...trajectory.map((t) => t.year), year]);
  const byYear = new Map(trajectory.map((t) => [t.year, t]));
  const describe = (score: number | null, category: string | null) => (score == null ? "tidak ada nilai" : `${formatScore(score, "id")}${category ? ` (${category})` : ""}`);
  const results: TrajectorySeries = {
    key: "hasil",
    name: "hasil penilaian",
    color: INK,
    dash: "",
    shape: "circle",
    categoryShape: "diamond",
    points: years.map((y) => {
      const t = byYear.get(y);
      return point(y, t?.score ?? null, t?.category ?? null, t ? describe(t.score, t.category) : "belum ada hasil");
    }),
  };
  const projected = figures.projectedScore;
  const category = figures.projectedCategory?.name ?? null;
  const projection: TrajectorySeries = {
    key: PROJECTION_LABEL,
    name: PROJECTION_LABEL,
    color: PROJECTION_COLOR,
    dash: "6 4",
    shape: "triangle",
    categoryShape: "triangle",
    points: years.map((y) => (y === year ? point(y, projected, category, `${PROJECTION_LABEL}: ${describe(projected, category)}`) : point(y, null, null, ""))),
  };
  return {
    slots: yearSlots(years),
    series: placeMarkers([results, projection], scale.domain),
    ...scale,
    gaps: [],
    schemeBreaks: [],
    labels: { schemeBreak: "" },
  };
}
