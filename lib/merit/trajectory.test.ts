import { describe, expect, it } from "vitest";
import { MERIT_2019, MERIT_2026 } from "./scheme";
import { buildTrajectory, moverSize, summarizeTrajectory, type TrajectoryEvaluation } from "./trajectory";

const schemes = [MERIT_2019, MERIT_2026];
const ev = (year: number, score: number | null, categoryCode: string | null, extra: Partial<TrajectoryEvaluation> = {}): TrajectoryEvaluation => ({
  year,
  schemeCode: year >= 2026 ? "merit-2026" : "merit-2019",
  status: "evaluated",
  score,
  categoryCode,
  ...extra,
});

const pekalongan: TrajectoryEvaluation[] = [
  ev(2025, null, "sangat-baik"),
  ev(2021, 178.5, "kurang"),
  ev(2024, null, null, { status: "not_evaluated", notEvaluatedReason: "biennial_cycle" }),
  ev(2023, 327, "sangat-baik"),
  ev(2022, 264.5, "baik"),
];

describe("trajectory", () => {
  it("reads Kota Pekalongan year by year", () => {
    const { points, latest, nextDueYear, change } = summarizeTrajectory(schemes, pekalongan);
    expect(points.map((p) => [p.year, p.status, p.score, p.category?.name ?? null])).toEqual([
      [2021, "evaluated", 178.5, "Kurang"],
      [2022, "evaluated", 264.5, "Baik"],
      [2023, "evaluated", 327, "Sangat Baik"],
      [2024, "not_evaluated", null, null],
      [2025, "evaluated", null, "Sangat Baik"],
    ]);
    expect(points[0].change).toBeNull();
    expect(points[1].change).toEqual({ fromYear: 2021, scoreDelta: 86, rankDelta: 1, direction: "up" });
    expect(points[2].change).toEqual({ fromYear: 2022, scoreDelta: 62.5, rankDelta: 1, direction: "up" });
    expect(points[3].expectedSkip).toBe(true);
    expect(points[4].change).toEqual({ fromYear: 2023, scoreDelta: null, rankDelta: 0, direction: "same" });
    expect(latest?.year).toBe(2025);
    expect(change).toEqual(points[4].change);
    expect(nextDueYear).toBe(2027);
  });

  it("fills unrecorded years between records as missing", () => {
    const points = buildTrajectory(schemes, [ev(2020, 260, "baik"), ev(2023, 240, "kurang")]);
    expect(points.map((p) => [p.year, p.status, p.expectedSkip])).toEqual([
      [2020, "evaluated", false],
      [2021, "missing", false],
      [2022, "missing", false],
      [2023, "evaluated", false],
    ]);
    expect(points[3].change).toEqual({ fromYear: 2020, scoreDelta: -20, rankDelta: -1, direction: "down" });
  });

  it("marks the scheme break and compares nothing across it", () => {
    const points = buildTrajectory(schemes, [ev(2025, 330, "sangat-baik"), ev(2026, 0.85, "tinggi")]);
    expect(points[1].schemeBreak).toBe(true);
    expect(points[0].schemeBreak).toBe(false);
    expect(points[1].change).toEqual({ fromYear: 2025, scoreDelta: null, rankDelta: null, direction: null });
  });

  it("gives a year with two rounds two points, in the order announced, and compares each with the round before", () => {
    const kasn = { code: "2024-kasn-2024-05-29", evaluator: "kasn" as const, announcedOn: "2024-05-29" };
    const bkn = { code: "2024-kemenpanrb-bkn-2024-12-19", evaluator: "kemenpanrb_bkn" as const, announcedOn: "2024-12-19" };
    const bpom = [ev(2024, null, "sangat-baik", { round: bkn }), ev(2022, 300, "baik"), ev(2024, 400, "sangat-baik", { round: kasn })];
    const { points, latest, change } = summarizeTrajectory(schemes, bpom);
    expect(points.map((p) => [p.year, p.round?.code ?? null, p.status, p.score])).toEqual([
      [2022, null, "evaluated", 300],
      [2023, null, "missing", null],
      [2024, kasn.code, "evaluated", 400],
      [2024, bkn.code, "evaluated", null],
    ]);
    expect(points[2].change).toEqual({ fromYear: 2022, scoreDelta: 100, rankDelta: 1, direction: "up" });
    // The latest result is the latest round's; it is compared with the first round of its own year.
    expect(latest?.round?.code).toBe(bkn.code);
    expect(change).toEqual({ fromYear: 2024, fromRound: kasn.code, scoreDelta: null, rankDelta: 0, direction: "same" });
  });

  it("has nothing to say about an institution without records", () => {
    expect(summarizeTrajectory(schemes, [])).toEqual({ points: [], latest: null, nextDueYear: null, change: null });
  });
});

describe("moverSize", () => {
  it("ranks a change of category above any change of score, and a larger score change above a smaller", () => {
    const points = buildTrajectory(schemes, [ev(2021, 178.5, "kurang"), ev(2022, 264.5, "baik"), ev(2023, 300, "baik")]);
    const [, up, within] = points.map((p) => moverSize(p.change));
    expect(up).toBe(1086);
    expect(within).toBe(35.5);
    expect(moverSize({ fromYear: 2022, scoreDelta: -40, rankDelta: 0, direction: "down" })).toBe(40);
  });

  it("gives no size to a change known only by its category, to no movement, or to none", () => {
    // 2023 to 2025: Sangat Baik both years, 2025 published without a score ("= sejak 2023").
    const points = buildTrajectory(schemes, pekalongan);
    const y2025 = points.find((p) => p.year === 2025)!;
    expect(y2025.change).toMatchObject({ scoreDelta: null, direction: "same" });
    expect(moverSize(y2025.change)).toBeNull();
    // Up a category with no score on one side ("▲ sejak 2021"): no number to rank by.
    expect(moverSize({ fromYear: 2021, scoreDelta: null, rankDelta: 1, direction: "up" })).toBeNull();
    expect(moverSize({ fromYear: 2022, scoreDelta: 0, rankDelta: 0, direction: "same" })).toBeNull();
    expect(moverSize(null)).toBeNull();
  });
});
