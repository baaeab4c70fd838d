import { describe, expect, it } from "vitest";
import { describeProblem } from "./messages";
import { MERIT_2019 } from "./scheme";
import { checkCategoryAgreement, checkScore } from "./score";

const problemOf = (score: number | null, category: string) => {
  const r = checkCategoryAgreement(MERIT_2019, score, category);
  if (r.ok) throw new Error("expected a problem");
  return r.problem;
};

describe("describeProblem", () => {
  it("speaks Indonesian with decimal commas", () => {
    expect(describeProblem(checkScore(MERIT_2019, 251.3)!, "id")).toBe("Nilai 251,3 tidak sesuai kelipatan 0,5 (terdekat: 251 atau 251,5).");
    expect(describeProblem(checkScore(MERIT_2019, -1)!, "id")).toBe("Nilai di bawah batas minimum 0.");
    expect(describeProblem(checkScore(MERIT_2019, 400.5)!, "id")).toBe("Nilai melebihi batas maksimum 400.");
    expect(describeProblem(problemOf(178.5, "Baik"), "id")).toBe('Kategori "Baik" tidak sesuai dengan nilai 178,5; seharusnya Kurang.');
    expect(describeProblem(problemOf(null, "Sangat Buruk"), "id")).toBe('Kategori "Sangat Buruk" tidak dikenal. Pilihan: Buruk, Kurang, Baik, Sangat Baik.');
    expect(describeProblem({ code: "not_a_number" }, "id")).toBe("Nilai harus berupa angka.");
  });

  it("speaks English with decimal points", () => {
    expect(describeProblem(checkScore(MERIT_2019, 251.3)!, "en")).toBe("The score 251.3 is not a multiple of 0.5 (nearest: 251 or 251.5).");
    expect(describeProblem(problemOf(178.5, "Baik"), "en")).toBe('Category "Baik" does not match the score 178.5; it should be Kurang.');
  });
});
