// The category bands of a scheme as chart zones: from each category's lower bound to the next.
import type { SchemeDef } from "@/lib/merit";
import type { TrajectoryChartBand } from "./trajectory-types";

export function bandsOf(scheme: SchemeDef, locale: string): TrajectoryChartBand[] {
  const cats = [...scheme.categories].sort((a, b) => a.rank - b.rank);
  return cats.map((c, i) => ({
    from: c.lowerBound,
    to: i + 1 < cats.length ? cats[i + 1].lowerBound : scheme.scale.max,
    name: locale === "id" ? c.name : c.nameEn,
    rank: c.rank,
    levels: cats.length,
  }));
}
