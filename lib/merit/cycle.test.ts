import { describe, expect, it } from "vitest";
import { dueInYear, isCycleSkip, nextEvaluationYear } from "./cycle";
import { MERIT_2019 } from "./scheme";

describe("evaluation cycle", () => {
  it("evaluates Sangat Baik every two years and the others every year", () => {
    expect(nextEvaluationYear(MERIT_2019, { year: 2023, categoryCode: "sangat-baik" })).toBe(2025);
    expect(nextEvaluationYear(MERIT_2019, { year: 2022, categoryCode: "baik" })).toBe(2023);
    expect(nextEvaluationYear(MERIT_2019, { year: 2022, categoryCode: null })).toBe(2023);
    expect(nextEvaluationYear(MERIT_2019, { year: 2022, categoryCode: "unknown" })).toBe(2023);
  });

  it("explains Pekalongan's 2024 as a biennial skip", () => {
    const last = { year: 2023, categoryCode: "sangat-baik" };
    expect(isCycleSkip(MERIT_2019, last, 2024)).toBe(true);
    expect(isCycleSkip(MERIT_2019, last, 2025)).toBe(false);
    expect(isCycleSkip(MERIT_2019, { year: 2023, categoryCode: "baik" }, 2024)).toBe(false);
  });

  it("tells when an institution is due", () => {
    const last = { year: 2023, categoryCode: "sangat-baik" };
    expect(dueInYear(MERIT_2019, last, 2024)).toBe(false);
    expect(dueInYear(MERIT_2019, last, 2025)).toBe(true);
    expect(dueInYear(MERIT_2019, last, 2026)).toBe(true);
  });
});
