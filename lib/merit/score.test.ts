import { describe, expect, it } from "vitest";
import { MERIT_2019, MERIT_2026 } from "./scheme";
import { categoryForScore, checkCategoryAgreement, checkScore, parseScore } from "./score";

const category = (score: number) => {
  const r = categoryForScore(MERIT_2019, score);
  return r.ok ? r.category.name : r.problem.code;
};

describe("categoryForScore (2019–2025 scheme)", () => {
  it.each([
    [0, "Buruk"],
    [20.5, "Buruk"],
    [174.5, "Buruk"],
    [175, "Kurang"],
    [178.5, "Kurang"],
    [249.5, "Kurang"],
    [250, "Baik"],
    [264.5, "Baik"],
    [290, "Baik"],
    [324.5, "Baik"],
    [325, "Sangat Baik"],
    [327, "Sangat Baik"],
    [400, "Sangat Baik"],
  ])("%s → %s", (score, expected) => {
    expect(category(score)).toBe(expected);
  });

  it("rejects scores outside the scale or off the step, with the reason", () => {
    expect(categoryForScore(MERIT_2019, -1)).toEqual({ ok: false, problem: { code: "below_min", score: -1, min: 0 } });
    expect(categoryForScore(MERIT_2019, 400.5)).toEqual({ ok: false, problem: { code: "above_max", score: 400.5, max: 400 } });
    expect(categoryForScore(MERIT_2019, 251.3)).toEqual({
      ok: false,
      problem: { code: "off_step", score: 251.3, step: 0.5, nearest: [251, 251.5] },
    });
    expect(checkScore(MERIT_2019, Number.NaN)).toEqual({ code: "not_a_number" });
    expect(checkScore(MERIT_2019, Number.POSITIVE_INFINITY)).toEqual({ code: "not_a_number" });
  });

  it("checks fine steps without floating-point noise", () => {
    expect(checkScore(MERIT_2026, 0.813)).toBeNull();
    expect(checkScore(MERIT_2026, 0.3 + 0.6)).toBeNull();
    expect(checkScore(MERIT_2026, 0.8135)?.code).toBe("off_step");
    const r = categoryForScore(MERIT_2026, 1);
    expect(r.ok && r.category.name).toBe("Tinggi");
    const maju = categoryForScore(MERIT_2026, 1.001);
    expect(maju.ok && maju.category.name).toBe("Maju");
  });
});

describe("checkCategoryAgreement", () => {
  it("accepts a category that matches the score's band, in any spelling", () => {
    for (const written of ["Sangat Baik", "SANGAT BAIK", "sangat-baik", " sangat  baik "]) {
      const r = checkCategoryAgreement(MERIT_2019, 327, written);
      expect(r.ok && r.category.code).toBe("sangat-baik");
    }
  });

  it("accepts a category without a score (published without one)", () => {
    const r = checkCategoryAgreement(MERIT_2019, null, "Baik");
    expect(r.ok && r.category.code).toBe("baik");
  });

  it("refuses a mismatch and names the expected category", () => {
    const r = checkCategoryAgreement(MERIT_2019, 178.5, "Baik");
    expect(r.ok).toBe(false);
    if (!r.ok && r.problem.code === "category_mismatch") {
      expect(r.problem.expected.name).toBe("Kurang");
      expect(r.problem.given.name).toBe("Baik");
    } else {
      throw new Error(`unexpected ${JSON.stringify(r)}`);
    }
  });

  it("refuses categories the scheme does not have", () => {
    for (const word of ["Sangat Buruk", "below Baik", ""]) {
      const r = checkCategoryAgreement(MERIT_2019, null, word);
      expect(r).toEqual({
        ok: false,
        problem: { code: "unknown_category", given: word, known: ["Buruk", "Kurang", "Baik", "Sangat Baik"] },
      });
    }
  });

  it("reports a bad score before judging the category", () => {
    const r = checkCategoryAgreement(MERIT_2019, 251.3, "Baik");
    expect(!r.ok && r.problem.code).toBe("off_step");
  });
});

describe("parseScore", () => {
  it.each([
    ["264,5", 264.5],
    ["264.5", 264.5],
    [" 327 ", 327],
    ["0", 0],
    ["-1", -1],
    [290, 290],
  ] as const)("%j → %s", (input, expected) => {
    expect(parseScore(input)).toBe(expected);
  });

  it.each(["abc", "", "1.2.3", "264,5,1", "1e3", "12 5", "NaN"])("%j → null", (input) => {
    expect(parseScore(input)).toBeNull();
  });

  it("refuses non-finite numbers", () => {
    expect(parseScore(Number.NaN)).toBeNull();
  });
});
