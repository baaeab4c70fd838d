import { describe, expect, it } from "vitest";
import { contentChanged, EVALUATION_CONTENT_FIELDS, verifiedAfterWrite } from "./verification";

const checked = {
  year: 2023,
  round: "2023-kasn-2023-12-07",
  status: "evaluated",
  notEvaluatedReason: null,
  score: 327,
  selfAssessedScore: null,
  categoryCode: "sangat_baik",
  evaluator: "kasn",
  announcedAt: "2023-12-07",
  note: null,
  aspectScores: { pengadaan: 40 },
  subScores: [],
  sources: [{ url: "https://example.org/a", title: null, publisher: null, publishedAt: null, documentRef: null }],
};
const verified = { ...checked, verified: true };

describe("the verified mark after a write", () => {
  it("is cleared by an editor's change of any content field", () => {
    expect(verifiedAfterWrite("editor", verified, { ...checked, score: 178.5 })).toBe(false);
    expect(verifiedAfterWrite("editor", verified, { ...checked, sources: [...checked.sources, { ...checked.sources[0], url: "https://example.org/b" }] })).toBe(false);
    expect(verifiedAfterWrite("editor", verified, { ...checked, aspectScores: { pengadaan: 41 } })).toBe(false);
    for (const field of EVALUATION_CONTENT_FIELDS) {
      expect(contentChanged(checked, { ...checked, [field]: "lain" }), field).toBe(true);
    }
  });

  it("survives an editor's write that changes nothing, and an admin's change", () => {
    expect(verifiedAfterWrite("editor", verified, { ...checked, aspectScores: { pengadaan: 40 } })).toBe(true);
    expect(verifiedAfterWrite("admin", verified, { ...checked, score: 178.5 })).toBe(true);
  });

  it("counts a missing value and null as the same", () => {
    expect(contentChanged(checked, { ...checked, note: undefined })).toBe(false);
  });

  it("is never given by a write: a new result or an unverified one stays unverified", () => {
    expect(verifiedAfterWrite("admin", null, checked)).toBe(false);
    expect(verifiedAfterWrite("admin", { ...checked, verified: false }, checked)).toBe(false);
  });
});
