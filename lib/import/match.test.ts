// Institution matching: exact names and aliases, Kota vs Kabupaten, type and province, suggestions.
import { describe, expect, it } from "vitest";
import { createMatcher, splitLevel, type MatchQuery, type MatchResult } from "./match";
import { REGISTRY, idOf, institution } from "./testing";

const match = createMatcher(REGISTRY);
const q = (name: string, type: MatchQuery["type"] = null, province: string | null = null) => match({ name, type, province });
const matchedName = (r: MatchResult) => (r.kind === "matched" ? r.institution.name : r.kind);
const suggested = (r: MatchResult) => (r.kind === "matched" ? [] : r.suggestions.map((s) => s.name));

describe("splitLevel", () => {
  it("separates the government level from the place, in the forms people write", () => {
    expect(splitLevel("Kabupaten Pekalongan")).toEqual({ level: "kabupaten", place: "Pekalongan" });
    expect(splitLevel("Kab.Pekalongan")).toEqual({ level: "kabupaten", place: "Pekalongan" });
    expect(splitLevel("Pemerintah Kab. Pekalongan")).toEqual({ level: "kabupaten", place: "Pekalongan" });
    expect(splitLevel("Pemkot  Pekalongan")).toEqual({ level: "kota", place: "Pekalongan" });
    expect(splitLevel("Kota Administrasi Jakarta Pusat")).toEqual({ level: "kota", place: "Jakarta Pusat" });
    expect(splitLevel("Pemprov Jateng")).toEqual({ level: "provinsi", place: "Jateng" });
    expect(splitLevel("Kabanjahe")).toEqual({ level: null, place: "Kabanjahe" });
    expect(splitLevel("Kementerian Agama")).toEqual({ level: null, place: "Kementerian Agama" });
  });
});

describe("createMatcher", () => {
  it("matches exactly on normalised names and aliases", () => {
    expect(matchedName(q("Kota Pekalongan"))).toBe("Kota Pekalongan");
    expect(matchedName(q("KOTA  PEKALONGAN"))).toBe("Kota Pekalongan");
    expect(matchedName(q("Pemkot Pekalongan"))).toBe("Kota Pekalongan");
    expect(matchedName(q("Pemerintah Kabupaten Pekalongan"))).toBe("Kabupaten Pekalongan");
    expect(matchedName(q("Kota Palangkaraya"))).toBe("Kota Palangka Raya");
    expect(matchedName(q("Pemprov Jateng"))).toBe("Provinsi Jawa Tengah");
    expect(matchedName(q("Kemenag"))).toBe("Kementerian Agama");
    expect(q("Kota Pekalongan")).toMatchObject({ kind: "matched", warnings: [] });
  });

  it("uses the row's type to tell a city from the regency of the same place", () => {
    expect(matchedName(q("Pekalongan", "kota"))).toBe("Kota Pekalongan");
    expect(matchedName(q("Pekalongan", "kabupaten"))).toBe("Kabupaten Pekalongan");
    expect(matchedName(q("Pemkab. Pekalongan"))).toBe("Kabupaten Pekalongan");
    expect(q("Pekalongan", "kota")).toMatchObject({ warnings: [] });
  });

  it("calls a bare place name with both a city and a regency ambiguous, suggesting both", () => {
    const result = q("Pekalongan");
    expect(result.kind).toBe("ambiguous");
    expect(suggested(result)).toEqual(["Kabupaten Pekalongan", "Kota Pekalongan"]);
    expect(result).toMatchObject({ message: expect.stringContaining("Isi kolom jenis instansi atau provinsi") });
  });

  it("matches a bare place name with a single government, with a warning", () => {
    const result = q("Palembang");
    expect(matchedName(result)).toBe("Kota Palembang");
    expect(result).toMatchObject({ warnings: ["Nama 'Palembang' tidak menyebut jenjang pemerintahan; dicocokkan dengan Kota Palembang."] });
  });

  it("never matches a regency row to the city, even fuzzily", () => {
    const onlyCity = createMatcher([institution("Kota Pekalongan", "kota", "Jawa Tengah")]);
    for (const name of ["Kabupaten Pekalongan", "Kab. Pekalongan", "Pemkab Pekalongan", "Kabupaten Pekalongn"]) {
      const result = onlyCity({ name, type: null, province: null });
      expect(result.kind, name).toBe("unknown");
      expect(suggested(result), name).toEqual([]);
    }
    expect(onlyCity({ name: "Pekalongan", type: "kabupaten", province: null }).kind).toBe("unknown");
  });

  it("refuses a name whose level contradicts the type column", () => {
    expect(q("Kabupaten Pekalongan", "kota")).toMatchObject({
      kind: "wrong_type",
      message: "Nama 'Kabupaten Pekalongan' menunjukkan kabupaten, tetapi jenis instansi diisi kota.",
    });
    const central = q("Badan Informasi Geospasial", "kementerian");
    expect(central).toMatchObject({ kind: "wrong_type", message: "Instansi 'Badan Informasi Geospasial' tercatat sebagai lembaga, bukan kementerian." });
    expect(suggested(central)).toEqual(["Badan Informasi Geospasial"]);
  });

  it("breaks a tie on the province, with a warning, and stays ambiguous without one", () => {
    const resolved = q("Kabupaten Sukamaju", null, "Sulawesi Tengah");
    expect(resolved).toMatchObject({ kind: "matched", institution: { id: "id-kabupaten-sukamaju-sulteng" } });
    expect(resolved).toMatchObject({ warnings: [expect.stringContaining("berdasarkan provinsi")] });
    expect(q("Kabupaten Sukamaju", null, "Provinsi Jawa Barat")).toMatchObject({ institution: { id: idOf("Kabupaten Sukamaju") } });
    expect(q("Kabupaten Sukamaju").kind).toBe("ambiguous");
    expect(q("Kabupaten Sukamaju", null, "Bali").kind).toBe("ambiguous");
  });

  it("accepts the province under another of its registry names", () => {
    expect(q("Kota Pekalongan", "kota", "Jateng")).toMatchObject({ kind: "matched", warnings: [] });
    expect(q("Kota Pekalongan", "kota", "Provinsi Jawa Tengah")).toMatchObject({ kind: "matched", warnings: [] });
  });

  it("warns when the row's province differs from the registry's", () => {
    expect(q("Kota Pekalongan", "kota", "Jawa Timur")).toMatchObject({
      kind: "matched",
      warnings: ["Provinsi 'Jawa Timur' berbeda dengan provinsi Kota Pekalongan di registri (Jawa Tengah)."],
    });
  });

  it("suggests up to three similar institutions for an unknown name, same type first", () => {
    const result = q("Kota Pekalongn");
    expect(result.kind).toBe("unknown");
    expect(suggested(result)[0]).toBe("Kota Pekalongan");
    expect(result).toMatchObject({ message: expect.stringContaining("Mungkin maksudnya: Kota Pekalongan") });
    expect(suggested(q("Kementrian Agama"))).toEqual(["Kementerian Agama"]);
    expect(matchedName(q("Bima", "kota"))).toBe("Kota Bima");
    expect(q("Zzyzx Qwerty")).toEqual({ kind: "unknown", message: "Instansi 'Zzyzx Qwerty' tidak ditemukan di registri.", suggestions: [] });
    const many = createMatcher(["Kota Sukamaju", "Kota Sukamaja", "Kota Sukamajo", "Kota Sukamaji"].map((n) => institution(n, "kota")));
    expect(suggested(many({ name: "Kota Sukamaj", type: null, province: null }))).toHaveLength(3);
  });

  it("keeps names with markup as plain text in messages", () => {
    const result = q("<script>alert(1)</script>");
    expect(result).toMatchObject({ kind: "unknown", message: "Instansi '<script>alert(1)</script>' tidak ditemukan di registri." });
  });

  it("answers repeated names from its cache", () => {
    expect(q("Kota Pekalongan")).toBe(q("Kota Pekalongan"));
  });
});
