import { describe, expect, it } from "vitest";
import { changeSet } from "./changes";

describe("changeSet", () => {
  it("lists only the fields whose value changed, with old and new", () => {
    expect(changeSet({ score: 264.5, category: "baik", version: 1 }, { score: 327, category: "sangat_baik", version: 2 })).toEqual({
      score: { old: 264.5, new: 327 },
      category: { old: "baik", new: "sangat_baik" },
    });
  });
  it("treats a created record as every field going from nothing", () => {
    expect(changeSet(null, { score: 178.5 })).toEqual({ score: { old: null, new: 178.5 } });
  });
  it("compares nested lists by value", () => {
    const sources = [{ url: "https://a.example" }];
    expect(changeSet({ sources }, { sources: [{ url: "https://a.example" }] })).toEqual({});
    expect(Object.keys(changeSet({ sources }, { sources: [] }))).toEqual(["sources"]);
  });
  it("ignores the order of keys, which a jsonb column does not keep", () => {
    const sources = [{ url: "https://a.example", publishedAt: "2025-12-11", documentRef: null }];
    expect(changeSet({ sources }, { sources: [{ documentRef: null, publishedAt: "2025-12-11", url: "https://a.example" }] })).toEqual({});
  });

  it("treats undefined and null as the same", () => {
    expect(changeSet({ note: null }, { note: undefined })).toEqual({});
  });
});
