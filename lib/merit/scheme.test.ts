import { describe, expect, it } from "vitest";
import { findCategory, MERIT_2019, MERIT_2026, schemeForYear, sortedCategories } from "./scheme";
import { schemeProblems } from "./scheme-rules";

describe("schemes", () => {
  it("ships coherent definitions", () => {
    expect(schemeProblems(MERIT_2019)).toEqual([]);
    expect(schemeProblems(MERIT_2026)).toEqual([]);
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
});
