import { describe, expect, it } from "vitest";
import { contentOf, type EvaluationSnapshot } from "@/lib/evaluations/snapshot";
import { CONTENT_FIELDS, contentChanges, restoreLabel, restoreTarget, wibTime } from "./restore";

const original: EvaluationSnapshot = {
  id: "e1",
  institutionId: "i1",
  schemeCode: "merit-2019",
  year: 2023,
  round: "2023-kasn-2023-12-07",
  status: "evaluated",
  notEvaluatedReason: null,
  score: 264.5,
  selfAssessedScore: null,
  categoryCode: "baik",
  evaluator: "kasn",
  announcedAt: "2023-12-07",
  note: "awal",
  aspectScores: {},
  subScores: [],
  sources: [],
  publication: "draft",
  verified: false,
  version: 1,
};
const edited = { ...original, note: "diubah", version: 2 };

describe("restoreTarget", () => {
  it("leads an edit back to the values before it, not to the values it wrote", () => {
    const target = restoreTarget({ action: "evaluation.update", before: original, after: edited });
    expect(target).toEqual({ kind: "before", snapshot: original });
  });

  it("offers a creation as the state the record started from", () => {
    expect(restoreTarget({ action: "evaluation.create", before: null, after: original })).toEqual({ kind: "created", snapshot: original });
  });

  it("brings a deleted record back as it was when deleted", () => {
    expect(restoreTarget({ action: "evaluation.delete", before: edited, after: null })).toEqual({ kind: "deleted", snapshot: edited });
  });

  it("offers nothing for entries that did not change the content (publish, verify)", () => {
    const published = { ...original, publication: "published", version: 2 };
    expect(restoreTarget({ action: "evaluation.publish", before: original, after: published })).toBeNull();
    expect(restoreTarget({ action: "evaluation.verify", before: original, after: { ...original, verified: true } })).toBeNull();
  });
});

describe("contentChanges", () => {
  it("names what a restore would change, and nothing when the content is the same", () => {
    expect(contentChanges(edited, original)).toEqual({ note: { old: "diubah", new: "awal" } });
    expect(contentChanges(original, { ...original, publication: "published", verified: true, version: 9 })).toEqual({});
  });

  it("covers exactly the content a restore writes back", () => {
    expect(Object.keys(contentOf(original)).sort()).toEqual([...CONTENT_FIELDS].sort());
  });
});

describe("times and labels", () => {
  it("shows times in Jakarta time, marked WIB", () => {
    expect(wibTime("2026-12-04T04:05:06Z")).toBe("4 Desember 2026 pukul 11.05.06 WIB");
    expect(wibTime("2026-12-04T20:00:00Z")).toMatch(/^5 Desember 2026 .* WIB$/);
  });

  it("says which state a restore brings back", () => {
    expect(restoreLabel("before", "2026-12-04T04:05:06Z")).toBe("keadaan sebelum perubahan 4 Desember 2026 pukul 11.05.06 WIB");
    expect(restoreLabel("created", "2026-12-04T04:05:06Z")).toMatch(/^keadaan saat dibuat/);
  });
});
