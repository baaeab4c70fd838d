// Value parsers: what each accepts and the Indonesian reason when it refuses.
import { describe, expect, it } from "vitest";
import { MERIT_2019, MERIT_2026 } from "@/lib/merit";
import { parseCategory, parseDecimal, parseEvaluator, parseInstitutionType, parseStatus, parseText, parseUrl, parseYear, type Parsed } from "./values";

const value = <T>(p: Parsed<T>) => (p.ok ? p.value : `ERROR ${p.reason}`);

describe("parseDecimal", () => {
  it("reads a decimal comma or point, and numbers from XLSX as they are", () => {
    expect(value(parseDecimal("264,5"))).toBe(264.5);
    expect(value(parseDecimal("264.5"))).toBe(264.5);
    expect(value(parseDecimal(" 327 "))).toBe(327);
    expect(value(parseDecimal(0.813))).toBe(0.813);
    expect(value(parseDecimal("0,813"))).toBe(0.813);
  });

  it("treats an empty cell as no value", () => {
    expect(value(parseDecimal(""))).toBeNull();
    expect(value(parseDecimal("   "))).toBeNull();
    expect(value(parseDecimal(undefined))).toBeNull();
  });

  it("reads a single separator as the decimal mark and well-formed thousands groups unambiguously", () => {
    expect(value(parseDecimal("1.234"))).toBe(1.234);
    expect(value(parseDecimal("1.234,5"))).toBe(1234.5);
    expect(value(parseDecimal("1,234.5"))).toBe(1234.5);
  });

  it("refuses anything else with a reason", () => {
    for (const text of ["abc", "1.2.3", "12,34,5", "264,5 poin", "1.23,4", "--1", ".5"]) {
      expect(parseDecimal(text).ok, text).toBe(false);
    }
    expect(parseDecimal("abc")).toEqual({ ok: false, reason: "Nilai 'abc' bukan angka yang dikenali (contoh: 264,5 atau 264.5)." });
    expect(parseDecimal("x", "Nilai mandiri")).toMatchObject({ reason: expect.stringMatching(/^Nilai mandiri 'x'/) });
    expect(parseDecimal(new Date(Date.UTC(2023, 0, 1))).ok).toBe(false);
  });
});

describe("parseYear", () => {
  it("accepts whole years 2000–2100 as text or number", () => {
    expect(value(parseYear("2023"))).toBe(2023);
    expect(value(parseYear(2026))).toBe(2026);
    expect(value(parseYear(""))).toBeNull();
  });

  it("refuses other years and non-integers", () => {
    for (const input of ["1999", "2101", "23", "2023.5", 2023.5, "tahun 2023", "２０２３"]) expect(parseYear(input).ok, String(input)).toBe(false);
    expect(parseYear("1999")).toEqual({ ok: false, reason: "Tahun '1999' tidak valid; isi tahun 2000–2100." });
  });
});

describe("parseInstitutionType", () => {
  it("accepts the five types and the ways people write them", () => {
    const cases: [string, string][] = [
      ["kementerian", "kementerian"],
      ["Kementerian", "kementerian"],
      ["lembaga", "lembaga"],
      ["Badan", "lembaga"],
      ["LPNK", "lembaga"],
      ["provinsi", "provinsi"],
      ["Pemprov", "provinsi"],
      ["Pemerintah Provinsi", "provinsi"],
      ["kabupaten", "kabupaten"],
      ["Kab.", "kabupaten"],
      ["Pemkab", "kabupaten"],
      ["kota", "kota"],
      ["Pemerintah Kota", "kota"],
      ["Pemkot", "kota"],
      ["KOTA", "kota"],
    ];
    for (const [text, type] of cases) expect(value(parseInstitutionType(text)), text).toBe(type);
    expect(value(parseInstitutionType(""))).toBeNull();
  });

  it("refuses unknown types, listing the choices", () => {
    expect(parseInstitutionType("desa")).toEqual({
      ok: false,
      reason: "Jenis instansi 'desa' tidak dikenal; pilihan: kementerian, lembaga, provinsi, kabupaten, kota.",
    });
  });
});

describe("parseEvaluator", () => {
  it("reads KASN, KemenPAN-RB/BKN and BKD Provinsi in their usual spellings", () => {
    expect(value(parseEvaluator("kasn"))).toBe("kasn");
    expect(value(parseEvaluator("KASN"))).toBe("kasn");
    expect(value(parseEvaluator("KemenPAN-RB"))).toBe("kemenpanrb_bkn");
    expect(value(parseEvaluator("BKN"))).toBe("kemenpanrb_bkn");
    expect(value(parseEvaluator("BKN dan KemenPAN-RB"))).toBe("kemenpanrb_bkn");
    expect(value(parseEvaluator("kemenpanrb_bkn"))).toBe("kemenpanrb_bkn");
    expect(value(parseEvaluator("BKD Provinsi"))).toBe("bkd_provinsi");
    expect(value(parseEvaluator(""))).toBeNull();
    expect(parseEvaluator("Ombudsman").ok).toBe(false);
  });
});

describe("parseStatus", () => {
  it("reads evaluated and not evaluated in English and Indonesian", () => {
    expect(value(parseStatus("evaluated"))).toBe("evaluated");
    expect(value(parseStatus("Dinilai"))).toBe("evaluated");
    expect(value(parseStatus("tidak dinilai"))).toBe("not_evaluated");
    expect(value(parseStatus("not_evaluated"))).toBe("not_evaluated");
    expect(value(parseStatus(""))).toBeNull();
    expect(parseStatus("mungkin")).toEqual({ ok: false, reason: "Status 'mungkin' tidak dikenal; pilihan: dinilai, tidak dinilai." });
  });
});

describe("parseCategory", () => {
  it("finds a category of the scheme by name or code, ignoring case", () => {
    expect(value(parseCategory(MERIT_2019, "Sangat Baik"))).toMatchObject({ code: "sangat-baik" });
    expect(value(parseCategory(MERIT_2019, "SANGAT BAIK"))).toMatchObject({ code: "sangat-baik" });
    expect(value(parseCategory(MERIT_2019, "sangat-baik"))).toMatchObject({ code: "sangat-baik" });
    expect(value(parseCategory(MERIT_2026, "maju"))).toMatchObject({ code: "maju" });
    expect(value(parseCategory(MERIT_2019, ""))).toBeNull();
  });

  it("names the scheme and its categories when the word is not one of them", () => {
    expect(parseCategory(MERIT_2019, "Sangat Buruk")).toEqual({
      ok: false,
      reason: "Kategori 'Sangat Buruk' tidak ada dalam skema Sistem Merit 2019–2025; pilihan: Buruk, Kurang, Baik, Sangat Baik.",
    });
    expect(parseCategory(MERIT_2019, "below Baik").ok).toBe(false);
    expect(parseCategory(MERIT_2026, "Baik")).toMatchObject({ ok: false, reason: expect.stringContaining("Dasar, Lanjutan, Menengah, Tinggi, Maju") });
  });
});

describe("parseUrl", () => {
  it("accepts http and https addresses as written", () => {
    expect(value(parseUrl(" https://radarpekalongan.id/2022/12/04/a/2 "))).toBe("https://radarpekalongan.id/2022/12/04/a/2");
    expect(value(parseUrl("http://kasn.go.id"))).toBe("http://kasn.go.id");
    expect(value(parseUrl(""))).toBeNull();
  });

  it("refuses other schemes, bare hosts and addresses with spaces", () => {
    for (const text of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>", "ftp://x.id/a", "www.kasn.go.id", "https://", "https://a b.id", "http:/x.id"]) {
      expect(parseUrl(text).ok, text).toBe(false);
    }
  });
});

describe("parseText", () => {
  it("trims and collapses white space, and empties become null", () => {
    expect(parseText("  Kota \t Pekalongan \n")).toBe("Kota Pekalongan");
    expect(parseText(" ")).toBeNull();
    expect(parseText(2023)).toBe("2023");
  });
});
