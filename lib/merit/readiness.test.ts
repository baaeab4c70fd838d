import { describe, expect, it } from "vitest";
import { aspectReadiness, evidenceNeedsRecheck, projectScore, readiness, type IndicatorFigures } from "./readiness";
import { MERIT_2019, MERIT_2026 } from "./scheme";

const ind = (aspectCode: string, status: IndicatorFigures["status"], selfScore: number | null, maxScore = 4): IndicatorFigures => ({
  aspectCode,
  status,
  selfScore,
  maxScore,
});

describe("aspectReadiness", () => {
  it("counts the share ready per aspect, in whole per cent, in the scheme's order", () => {
    const rows = aspectReadiness(MERIT_2026, [
      ind("manajemen-talenta", "siap", 4),
      ind("manajemen-talenta", "proses", 2),
      ind("manajemen-talenta", "belum", null),
      ind("perencanaan-standar-jabatan", "siap", 3),
    ]);
    expect(rows.map((r) => r.code)).toEqual(MERIT_2026.aspects.map((a) => a.code));
    expect(rows[0]).toMatchObject({ indicators: 1, ready: 1, readyPercent: 100, projected: 3, max: 4 });
    expect(rows[1]).toMatchObject({ indicators: 3, ready: 1, inProgress: 1, readyPercent: 33, projected: 6, max: 12 });
    expect(rows[2]).toMatchObject({ indicators: 0, readyPercent: 0, projected: 0, max: 0 });
  });

  it("scales self-assessed points to the aspect maximum the scheme sets", () => {
    // Perencanaan kebutuhan is worth 40 in the 2019 scheme: 3 of 4 points there is 30.
    const [first] = aspectReadiness(MERIT_2019, [ind("perencanaan-kebutuhan", "proses", 3), ind("perencanaan-kebutuhan", "belum", 0)]);
    expect(first).toMatchObject({ projected: 15, max: 40 });
  });
});

describe("projectScore", () => {
  it("puts the share of points on the scheme's scale, floored to its step", () => {
    expect(projectScore(MERIT_2019, 1, 1)).toBe(400);
    expect(projectScore(MERIT_2019, 2, 3)).toBe(266.5);
    expect(projectScore(MERIT_2026, 1, 3)).toBe(0.5);
    expect(projectScore(MERIT_2019, 0, 0)).toBeNull();
  });
});

describe("readiness", () => {
  it("gives the overall share ready and the band of the projected score", () => {
    const r = readiness(MERIT_2019, [ind("perencanaan-kebutuhan", "siap", 4), ind("pengadaan", "belum", 2)]);
    expect(r).toMatchObject({ indicators: 2, ready: 1, readyPercent: 50 });
    // 40 + 20 of 80 attainable → three quarters of 0–400.
    expect(r.projectedScore).toBe(300);
    expect(r.projectedCategory?.code).toBe("baik");
  });

  it("projects nothing for a workspace without indicators", () => {
    const r = readiness(MERIT_2026, []);
    expect(r).toMatchObject({ indicators: 0, readyPercent: 0, projectedScore: null, projectedCategory: null });
  });

  it("moves as soon as one indicator changes", () => {
    const before = readiness(MERIT_2026, [ind("digitalisasi", "proses", 2), ind("digitalisasi", "belum", null)]);
    const after = readiness(MERIT_2026, [ind("digitalisasi", "siap", 4), ind("digitalisasi", "belum", null)]);
    expect(before.aspects.at(-1)!.readyPercent).toBe(0);
    expect(after.aspects.at(-1)!.readyPercent).toBe(50);
    expect(after.projectedScore!).toBeGreaterThan(before.projectedScore!);
  });
});

describe("evidenceNeedsRecheck", () => {
  it("marks evidence from before the window of the evaluation year", () => {
    expect(evidenceNeedsRecheck(new Date("2024-12-31T00:00:00Z"), 2027)).toBe(true);
    expect(evidenceNeedsRecheck(new Date("2025-01-01T00:00:00Z"), 2027)).toBe(false);
    expect(evidenceNeedsRecheck(new Date("2026-06-01T00:00:00Z"), 2027, 0)).toBe(true);
  });
});
