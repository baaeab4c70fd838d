// The chart of an institution with two rounds in one year: a point for each, in the order
// announced, each saying whose announcement it was and when.
import { describe, expect, it } from "vitest";
import { MERIT_2019, MERIT_2026 } from "@/lib/merit";
import type { EvaluationView, InstitutionProfile } from "@/lib/queries/institution-profile";
import { chartData, chartScale, trajectoryOf, type Describe } from "./trajectory-data";

const sangatBaik = { code: "sangat-baik", name: "Sangat Baik", nameEn: "Very Good", rank: 4 };
const result = (code: string, evaluator: "kasn" | "kemenpanrb_bkn", announcedOn: string, name: string, score: number | null): EvaluationView => ({
  round: { code, year: 2024, evaluator, announcedOn, name, nameEn: name },
  year: 2024,
  schemeCode: MERIT_2019.code,
  status: "evaluated",
  notEvaluatedReason: null,
  score,
  selfAssessedScore: null,
  category: sangatBaik,
  announcedAt: announcedOn,
  evaluator,
  verified: false,
  note: null,
  sources: [],
  aspectScores: [],
  subScores: [],
});
const bpom: InstitutionProfile = {
  slug: "badan-pengawas-obat-dan-makanan",
  name: "Badan Pengawas Obat dan Makanan",
  shortName: "BPOM",
  type: "lembaga",
  status: "current",
  note: null,
  kemendagriCode: null,
  province: null,
  aliases: [],
  successors: [],
  predecessors: [],
  schemes: [MERIT_2019],
  // Stored newest first on purpose: the chart orders rounds by the day they were announced.
  evaluations: [
    result("2024-kemenpanrb-bkn-2024-12-19", "kemenpanrb_bkn", "2024-12-19", "KemenPAN-RB dan BKN 2024, Jakarta", null),
    result("2024-kasn-2024-05-29", "kasn", "2024-05-29", "KASN 2024, Bandung", 400),
  ],
};
const words: Describe = {
  scored: (category, score) => `${category}, nilai ${score}`,
  categoryOnly: (category) => `${category} (nilai tidak dipublikasikan)`,
  notEvaluated: (reason) => `Tidak dievaluasi (${reason})`,
  missing: "Tidak ada data",
  reason: (code) => code ?? "lain",
};

describe("chartData with two rounds in a year", () => {
  it("draws both 2024 results, each in its own slot and labelled with its evaluator and day", () => {
    const chart = chartData(bpom, trajectoryOf(bpom).points, "id", words, { notEvaluated: "x", missing: "y", schemeBreak: "z" })!;
    expect(chart.slots).toEqual([
      { key: "2024-kasn-2024-05-29", year: 2024, label: "2024" },
      { key: "2024-kemenpanrb-bkn-2024-12-19", year: 2024, label: "2024" },
    ]);
    expect(chart.series[0].points.map((p) => [p.slot, p.score, p.categoryOnly != null, p.description])).toEqual([
      ["2024-kasn-2024-05-29", 400, false, "KASN 2024, Bandung · 29 Mei 2024: Sangat Baik, nilai 400"],
      ["2024-kemenpanrb-bkn-2024-12-19", null, true, "KemenPAN-RB dan BKN 2024, Jakarta · 19 Desember 2024: Sangat Baik (nilai tidak dipublikasikan)"],
    ]);
  });
});

describe("the bands a chart draws", () => {
  it("say so when the scheme's levels are not official yet", () => {
    expect(chartScale(MERIT_2026, "id", "sementara").bands.map((b) => b.name)).toEqual([
      "Dasar (sementara)",
      "Lanjutan (sementara)",
      "Menengah (sementara)",
      "Tinggi (sementara)",
      "Maju (sementara)",
    ]);
    expect(chartScale(MERIT_2026, "en", "provisional").bands[4].name).toBe("Advanced (provisional)");
  });

  it("are named plainly when the levels are official", () => {
    expect(chartScale(MERIT_2019, "id", "sementara").bands.map((b) => b.name)).toEqual(["Buruk", "Kurang", "Baik", "Sangat Baik"]);
    expect(chartScale({ ...MERIT_2026, provisional: false }, "id", "sementara").bands[0].name).toBe("Dasar");
  });
});
