import { describe, expect, it } from "vitest";
import { checkResult } from "./result";
import { MERIT_2019 } from "./scheme";

const evaluated = { status: "evaluated" as const, score: null, selfAssessedScore: null, categoryCode: null };

describe("checkResult", () => {
  it("bands a score, and keeps a stated category that agrees", () => {
    expect(checkResult(MERIT_2019, { ...evaluated, score: 264.5 })).toEqual({ problems: [], categoryCode: "baik" });
    expect(checkResult(MERIT_2019, { ...evaluated, score: 327, categoryCode: "sangat-baik" })).toEqual({ problems: [], categoryCode: "sangat-baik" });
    expect(checkResult(MERIT_2019, { ...evaluated, categoryCode: "kurang" })).toEqual({ problems: [], categoryCode: "kurang" });
  });

  it("names the field of each problem", () => {
    expect(checkResult(MERIT_2019, { ...evaluated, score: 327, categoryCode: "baik" }).problems).toEqual([
      { field: "categoryCode", message: 'Kategori "Baik" tidak sesuai dengan nilai 327; seharusnya Sangat Baik.' },
    ]);
    expect(checkResult(MERIT_2019, { ...evaluated, score: 401, selfAssessedScore: -1 }).problems.map((p) => p.field)).toEqual(["score", "selfAssessedScore"]);
    expect(checkResult(MERIT_2019, evaluated).problems).toEqual([{ field: "score", message: "Isi nilai atau kategori." }]);
  });

  it("gives a result that was not evaluated neither score nor category", () => {
    const r = checkResult(MERIT_2019, { status: "not_evaluated", score: 300, selfAssessedScore: null, categoryCode: "baik" });
    expect(r).toEqual({
      problems: [
        { field: "score", message: "Instansi yang tidak dinilai tidak memiliki nilai." },
        { field: "categoryCode", message: "Instansi yang tidak dinilai tidak memiliki kategori." },
      ],
      categoryCode: null,
    });
  });
});
