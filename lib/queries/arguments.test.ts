import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { EVERY_ROW, InvalidReadArguments, checkArguments, isYear, readArguments } from "./arguments";

const huge = "a".repeat(1024 * 1024);
const accepts = (schema: keyof typeof readArguments, ...args: unknown[]) => checkArguments("read", readArguments[schema] as z.ZodType<unknown[]>, args);

describe("arguments of the cached public reads", () => {
  it("takes a registry slug, and nothing else in its place", () => {
    expect(accepts("slug", "kota-pekalongan")).toEqual(["kota-pekalongan"]);
    for (const bad of ["", "Kota-Pekalongan", "kota--pekalongan", "-kota", "kota-", "kota\npekalongan", "a".repeat(121), huge, "__shell__", 42, null, {}]) {
      expect(() => accepts("slug", bad), JSON.stringify(bad).slice(0, 40)).toThrow(InvalidReadArguments);
    }
    expect(accepts("slug", "a".repeat(120))).toHaveLength(1);
  });

  it("refuses missing and extra arguments, which would each be a cache entry of their own", () => {
    expect(() => accepts("slug")).toThrow(InvalidReadArguments);
    expect(() => accepts("slug", "kota-pekalongan", huge)).toThrow(InvalidReadArguments);
    expect(accepts("none")).toEqual([]);
    expect(() => accepts("none", huge)).toThrow(InvalidReadArguments);
  });

  it("takes a search text of at most 100 characters, trimmed and not empty", () => {
    expect(accepts("search", "pekalongan")).toEqual(["pekalongan"]);
    expect(accepts("search", "x".repeat(100))).toHaveLength(1);
    for (const bad of ["", " pekalongan", "x".repeat(101), huge, ["pekalongan"], 1]) {
      expect(() => accepts("search", bad)).toThrow(InvalidReadArguments);
    }
  });

  it("takes the index filters a URL can carry, with page sizes up to 1000 or every row", () => {
    const filters = { q: "pekalongan", type: "kota", province: "33", year: 2023, category: "baik", sort: "score", page: 2, pageSize: 25 };
    expect(accepts("indexView", filters)).toEqual([filters]);
    expect(accepts("indexView", { q: undefined, type: undefined })).toHaveLength(1);
    expect(accepts("indexView", { page: 1, pageSize: EVERY_ROW })).toHaveLength(1);
    const bad = [
      { q: huge },
      { q: "x".repeat(101) },
      { type: "desa" },
      { province: "3" },
      { year: 1999 },
      { year: 2023.5 },
      { category: "<b>" },
      { sort: "random" },
      { page: 0 },
      { page: 100_001 },
      { pageSize: 1001 },
      { pageSize: 0 },
      { pageSize: "25" },
      { extra: huge },
    ];
    for (const f of bad) expect(() => accepts("indexView", f), JSON.stringify(f).slice(0, 40)).toThrow(InvalidReadArguments);
    expect(() => accepts("indexView", huge)).toThrow(InvalidReadArguments);
  });

  it("takes a year, a page size and an optional page for a year's summary", () => {
    expect(accepts("yearSummary", 2023, 20)).toEqual([2023, 20]);
    expect(accepts("yearSummary", 2023, 1000, 3)).toEqual([2023, 1000, 3]);
    for (const args of [
      [1999, 20],
      [2023, 1001],
      [2023, 20, 0],
      ["2023", 20],
      [2023, 20, 1, huge],
    ]) {
      expect(() => accepts("yearSummary", ...args)).toThrow(InvalidReadArguments);
    }
    expect(isYear(2100)).toBe(true);
    expect(isYear(2101)).toBe(false);
  });

  it("names the read but never the values refused", () => {
    expect(() => checkArguments("getInstitutionProfile", readArguments.slug, ["kota\nforged"])).toThrow(/^getInstitutionProfile: arguments refused$/);
  });
});
