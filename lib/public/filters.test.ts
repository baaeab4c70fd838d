import { describe, expect, it } from "vitest";
import { filtersQuery, parseIndexFilters } from "./filters";

describe("index filters in the URL", () => {
  it("reads valid values and drops malformed ones", () => {
    expect(parseIndexFilters({ q: " pekalongan ", jenis: "kota", provinsi: "33", tahun: "2023", kategori: "baik", urut: "score", hal: "2" })).toEqual({
      q: "pekalongan",
      type: "kota",
      province: "33",
      year: 2023,
      category: "baik",
      sort: "score",
      page: 2,
    });
    expect(parseIndexFilters({ jenis: "desa", provinsi: "x", tahun: "20x3", urut: "random", hal: "-1", kategori: "<script>" })).toEqual({
      q: undefined,
      type: undefined,
      province: undefined,
      year: undefined,
      category: undefined,
      sort: undefined,
      page: undefined,
    });
  });

  it("writes a state back, dropping empties and page 1", () => {
    const f = parseIndexFilters({ jenis: "kota", hal: "3" });
    expect(filtersQuery(f)).toBe("?jenis=kota&hal=3");
    expect(filtersQuery(f, { page: 1, year: 2022 })).toBe("?jenis=kota&tahun=2022");
    expect(filtersQuery({})).toBe("");
  });
});
