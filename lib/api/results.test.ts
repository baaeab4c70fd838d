import { describe, expect, it } from "vitest";
import { API_PAGE_SIZE, perPageParam } from "./results";

describe("the API's page size", () => {
  it("is 25 rows when not given, as on a page of the index", () => {
    expect(API_PAGE_SIZE).toBe(25);
    expect(perPageParam.parse(undefined)).toBe(25);
  });

  it("takes any whole number from 1 to 1000", () => {
    expect(perPageParam.parse("1")).toBe(1);
    expect(perPageParam.parse("100")).toBe(100);
    expect(perPageParam.parse("1000")).toBe(1000);
  });

  it("falls back to the default for anything else", () => {
    for (const raw of ["0", "-5", "1001", "2.5", "semua", ""]) expect(perPageParam.parse(raw)).toBe(25);
  });
});
