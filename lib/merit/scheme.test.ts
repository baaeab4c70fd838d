import { describe, expect, it } from "vitest";
import { findCategory, MERIT_2019, MERIT_2026, schemeForYear, sortedCategories, validateScheme } from "./scheme";
import type { SchemeDef } from "./types";

describe("schemes", () => {
  it("ships coherent definitions", () => {
    expect(validateScheme(MERIT_2019)).toEqual([]);
    expect(validateScheme(MERIT_2026)).toEqual([]);
    expect(MERIT_2019.aspects).toHaveLength(8);
    expect(MERIT_2026.aspects).toHaveLength(8);
  });

  it("picks the scheme of a year", () => {
    const schemes = [MERIT_2026, MERIT_2019];
    expect(schemeForYear(schemes, 2019)?.code).toBe("merit-2019");
    expect(schemeForYear(schemes, 2025)?.code).toBe("merit-2019");
    expect(schemeForYear(schemes, 2026)?.code).toBe("merit-2026");
    expect(schemeForYear(schemes, 2040)?.code).toBe("merit-2026");
    expect(schemeForYear(schemes, 2018)).toBeNull();
  });

  it("orders categories by rank whatever the input order", () => {
    const shuffled = { ...MERIT_2019, categories: [...MERIT_2019.categories].reverse() };
    expect(sortedCategories(shuffled).map((c) => c.name)).toEqual(["Buruk", "Kurang", "Baik", "Sangat Baik"]);
  });

  it("finds categories by code or name", () => {
    expect(findCategory(MERIT_2019, "baik")?.code).toBe("baik");
    expect(findCategory(MERIT_2019, "Sangat_Baik")?.code).toBe("sangat-baik");
    expect(findCategory(MERIT_2019, "Sangat Buruk")).toBeNull();
  });

  it("explains what is wrong with a broken scheme", () => {
    const broken: SchemeDef = {
      ...MERIT_2019,
      validToYear: 2010,
      scale: { min: 0, max: 400, step: 0.5 },
      categories: [
        { code: "a", name: "A", nameEn: "A", rank: 1, lowerBound: 10, reevaluateAfterYears: 1 },
        { code: "b", name: "B", nameEn: "B", rank: 2, lowerBound: 5.25, reevaluateAfterYears: 0 },
        { code: "b", name: "C", nameEn: "C", rank: 2, lowerBound: 500, reevaluateAfterYears: 1 },
      ],
    };
    const problems = validateScheme(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        "period ends before it starts",
        "category ranks must be unique",
        "category codes must be unique",
        "the lowest category must start at the scale minimum",
        "bound of b is not on the step grid",
        "b must be re-evaluated after at least one year",
        "bound of b lies above the scale maximum",
      ]),
    );
  });
});
