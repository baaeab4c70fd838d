import { describe, expect, it } from "vitest";
import { readiness, MERIT_2026 } from "@/lib/merit";
import { PROJECTION_LABEL, projectionChartData } from "./readiness-chart-data";

describe("projectionChartData", () => {
  const figures = readiness(MERIT_2026, [{ aspectCode: MERIT_2026.aspects[0].code, status: "siap", selfScore: 3, maxScore: 4 }]);

  it("puts the results and, in the due year, the projection as its own series named proyeksi", () => {
    const data = projectionChartData(MERIT_2026, [{ year: 2024, score: 250, category: "Baik" }], figures, 2027);
    expect(data.slots.map((s) => s.year)).toEqual([2024, 2025, 2026, 2027]);
    const [results, projection] = data.series;
    expect(results.points.map((p) => p.score)).toEqual([250, null, null, null]);
    expect(projection.name).toBe(PROJECTION_LABEL);
    expect(projection.shape).not.toBe(results.shape);
    expect(projection.points.map((p) => p.score)).toEqual([null, null, null, figures.projectedScore]);
    expect(projection.points[3].description).toMatch(/^proyeksi: /);
    expect(data.domain).toEqual([MERIT_2026.scale.min, MERIT_2026.scale.max]);
  });

  it("still draws the projection when the institution has no result under the scheme yet", () => {
    const data = projectionChartData(MERIT_2026, [], figures, 2027);
    expect(data.slots.map((s) => s.year)).toEqual([2027]);
    expect(data.series[1].points[0]).toMatchObject({ score: figures.projectedScore, lone: true });
  });
});
