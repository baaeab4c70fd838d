import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, filtersFromSearch, searchOfFilters } from "./evaluation-filters";

const read = (qs: string) => filtersFromSearch(new URLSearchParams(qs));

describe("evaluation filters in the address", () => {
  it("round-trips a view and leaves the defaults out", () => {
    const view = { q: "Kota Pekalongan", year: "2023", publication: "published" as const, sort: "name" as const, page: 2 };
    expect(searchOfFilters(view)).toBe("q=Kota+Pekalongan&year=2023&publication=published&sort=name&page=2");
    expect(read(searchOfFilters(view))).toEqual(view);
    expect(searchOfFilters(DEFAULT_FILTERS)).toBe("");
    expect(searchOfFilters({ ...DEFAULT_FILTERS, page: 3 })).toBe("page=3");
  });

  it("falls back to the defaults for values the list does not know", () => {
    expect(read("publication=semua&sort=acak&page=-1&year=20x3")).toEqual(DEFAULT_FILTERS);
    expect(read("page=1.5").page).toBe(1);
  });
});
