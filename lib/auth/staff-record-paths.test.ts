import { describe, expect, it } from "vitest";
import { staffRecordOfPath } from "./staff-record-paths";

describe("staffRecordOfPath", () => {
  it("names the record behind each staff record page", () => {
    expect(staffRecordOfPath("/admin/evaluasi/abc")).toEqual({ kind: "evaluation", id: "abc" });
    expect(staffRecordOfPath("/admin/evaluasi/abc/riwayat")).toEqual({ kind: "evaluationHistory", id: "abc" });
    expect(staffRecordOfPath("/admin/instansi/i%201")).toEqual({ kind: "institution", id: "i 1" });
    expect(staffRecordOfPath("/admin/akun/u1")).toEqual({ kind: "account", id: "u1" });
    expect(staffRecordOfPath("/admin/skema/ism-2027")).toEqual({ kind: "scheme", id: "ism-2027" });
    expect(staffRecordOfPath("/admin/persiapan/kota-pekalongan/2027")).toEqual({ kind: "readinessWorkspace", id: "kota-pekalongan/2027" });
    expect(staffRecordOfPath("/admin/persiapan/kota-pekalongan/2027/laporan")).toEqual({ kind: "readinessReport", id: "kota-pekalongan/2027" });
    expect(staffRecordOfPath("/admin/persiapan/templat/merit-2026")).toEqual({ kind: "readinessTemplate", id: "merit-2026" });
  });

  it("leaves lists, the new-record forms and other pages alone", () => {
    for (const path of [
      "/admin",
      "/admin/evaluasi",
      "/admin/evaluasi/baru",
      "/admin/instansi/baru",
      "/admin/skema",
      "/admin/skema/baru",
      "/admin/impor",
      "/instansi/kota-pekalongan",
      "/admin/evaluasi/a/b",
      "/admin/persiapan",
      "/admin/persiapan/templat",
    ]) {
      expect(staffRecordOfPath(path)).toBeNull();
    }
  });
});
