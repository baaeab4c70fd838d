// Header recognition: canonical names, the aliases in use, and file-level header verdicts.
import { describe, expect, it } from "vitest";
import { canonicalColumn, mapHeaders } from "./columns";

describe("canonicalColumn", () => {
  it("reads the canonical names and the Indonesian headers people use", () => {
    const cases: [string, string][] = [
      ["institution_name", "institution_name"],
      ["Nama Instansi", "institution_name"],
      ["INSTANSI", "institution_name"],
      ["nama", "institution_name"],
      ["Jenis", "institution_type"],
      ["jenis_instansi", "institution_type"],
      ["Tipe", "institution_type"],
      ["Provinsi", "province"],
      ["Tahun", "year"],
      ["Predikat", "category"],
      ["kategori", "category"],
      ["Nilai", "score"],
      ["skor", "score"],
      ["Nilai Verifikasi", "score"],
      ["nilai_mandiri", "self_score"],
      ["Self Assessment", "self_score"],
      ["STATUS", "status"],
      ["Tanggal", "announced_at"],
      ["tanggal pengumuman", "announced_at"],
      ["Penilai", "evaluator"],
      ["Sumber", "source_url"],
      ["URL Sumber", "source_url"],
      ["tautan", "source_url"],
      ["Judul Sumber", "source_title"],
      ["Penerbit", "publisher"],
    ];
    for (const [header, column] of cases) expect(canonicalColumn(header), header).toBe(column);
  });

  it("ignores case, spaces, underscores and a byte-order mark", () => {
    expect(canonicalColumn("\uFEFF  Nama_Instansi ")).toBe("institution_name");
    expect(canonicalColumn("NAMAINSTANSI")).toBe("institution_name");
    expect(canonicalColumn("catatan")).toBeNull();
  });
});

describe("mapHeaders", () => {
  it("accepts a header with a name, a year and one of category, score or status", () => {
    for (const third of ["kategori", "nilai", "status"]) {
      expect(mapHeaders(["nama", "tahun", third]).errors).toEqual([]);
    }
  });

  it("fails the file when a required column is missing", () => {
    expect(mapHeaders(["tahun", "nilai"]).errors.join(" ")).toContain("nama instansi");
    expect(mapHeaders(["nama", "nilai"]).errors.join(" ")).toContain("tahun");
    expect(mapHeaders(["nama", "tahun", "provinsi"]).errors).toEqual(["Perlu setidaknya satu kolom kategori, nilai (score) atau status."]);
  });

  it("warns about unknown and untitled columns without failing", () => {
    const mapping = mapHeaders(["nama", "tahun", "nilai", "catatan", ""]);
    expect(mapping.errors).toEqual([]);
    expect(mapping.columns).toEqual(["institution_name", "year", "score", null, null]);
    expect(mapping.warnings).toEqual(["Kolom tidak dikenal diabaikan: 'catatan'.", "Kolom tanpa judul diabaikan (kolom ke-5)."]);
  });

  it("fails when two headers mean the same column", () => {
    expect(mapHeaders(["nama", "tahun", "nilai", "skor"]).errors).toEqual(["Kolom 'nilai' dan 'skor' sama-sama berarti nilai; hapus salah satunya."]);
  });
});
