import { describe, expect, it } from "vitest";
import { canEditInstitution, canReadInstitution, institutionScope, isReader, readinessScope, type Actor } from "./guard";

const actor = (role: Actor["role"], institutionIds: string[] = [], reviewProvinceCode: string | null = null): Actor => ({
  userId: "u",
  email: "u@example.org",
  name: "U",
  role,
  institutionIds,
  reviewProvinceCode,
});
const kota = { id: "kota", provinceCode: "33" };
const aceh = { id: "aceh", provinceCode: "11" };

describe("the guard's roles", () => {
  it("lets editors and admins write; heads and reviewers never", () => {
    expect(canEditInstitution(actor("admin"), kota.id)).toBe(true);
    expect(canEditInstitution(actor("editor", ["kota"]), kota.id)).toBe(true);
    expect(canEditInstitution(actor("editor", ["kota"]), aceh.id)).toBe(false);
    expect(canEditInstitution(actor("head", ["kota"]), kota.id)).toBe(false);
    expect(canEditInstitution(actor("reviewer", [], null), kota.id)).toBe(false);
    expect([actor("head"), actor("reviewer")].every(isReader)).toBe(true);
    expect([actor("admin"), actor("editor")].some(isReader)).toBe(false);
  });

  it("lets heads read their institutions and reviewers the ones in reach", () => {
    expect(canReadInstitution(actor("head", ["kota"]), kota)).toBe(true);
    expect(canReadInstitution(actor("head", ["kota"]), aceh)).toBe(false);
    expect(canReadInstitution(actor("reviewer", [], "33"), kota)).toBe(true);
    expect(canReadInstitution(actor("reviewer", [], "33"), aceh)).toBe(false);
    expect(canReadInstitution(actor("reviewer", [], null), aceh)).toBe(true);
  });

  it("scopes a reviewer's readiness reads to its reach, and its other staff reads to nothing", () => {
    expect(readinessScope(actor("reviewer", [], "33"))).toEqual({ provinceCode: "33" });
    expect(readinessScope(actor("reviewer", [], null))).toEqual({});
    expect(institutionScope(actor("reviewer", [], null))).toEqual({ id: { in: [] } });
    expect(readinessScope(actor("head", ["kota"]))).toEqual({ id: { in: ["kota"] } });
  });
});
