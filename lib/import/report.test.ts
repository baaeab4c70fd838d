// The downloadable error report and its formula-injection guard.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { classifyRows } from "./classify";
import { parseFile } from "./parse";
import { errorReportCsv, safeCsvCell } from "./report";
import { snapshot, utf8 } from "./testing";

async function report(text: string) {
  const parsed = await parseFile(utf8(text), "hasil.csv");
  return errorReportCsv(parsed, classifyRows(parsed, snapshot()));
}

describe("safeCsvCell", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    for (const cell of ['=HYPERLINK("x")', "+1", "-1+1", "@SUM(A1)", "\tx", "\rx", "\u2212 1+1"]) expect(safeCsvCell(cell)).toBe(`'${cell}`);
    for (const cell of ["Kota Pekalongan", "327", "", "a=b", "<script>alert(1)</script>"]) expect(safeCsvCell(cell)).toBe(cell);
  });
});

describe("errorReportCsv", () => {
  it("gives the rows in error as written, with every reason in a 'kesalahan' column, UTF-8 with a BOM", async () => {
    const csv = await report("nama;tahun;nilai;catatan\nKota Bima;2022;401;=1+1\nKota Bima;2023;300;ok\nKota Antah;2018;abc;\n");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toEqual([
      ["nama", "tahun", "nilai", "catatan", "kesalahan"],
      ["Kota Bima", "2022", "401", "'=1+1", "Nilai melebihi batas maksimum 400."],
      [
        "Kota Antah",
        "2018",
        "abc",
        "",
        "Instansi 'Kota Antah' tidak ditemukan di registri.; Tahun 2018 tidak tercakup skema penilaian mana pun (tersedia: 2019–2025, 2026–).; Nilai 'abc' bukan angka yang dikenali (contoh: 264,5 atau 264.5).",
      ],
    ]);
  });

  it("replaces a 'kesalahan' column left from an earlier report", async () => {
    const csv = await report("nama,tahun,nilai,kesalahan\nKota Bima,2022,401,lama\n");
    expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data).toEqual([
      ["nama", "tahun", "nilai", "kesalahan"],
      ["Kota Bima", "2022", "401", "Nilai melebihi batas maksimum 400."],
    ]);
  });

  it("lists the file errors when the whole file was refused", async () => {
    const csv = await report("nama,provinsi\nKota Bima,NTB\n");
    expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data).toEqual([
      ["kesalahan"],
      ["Kolom wajib tidak ada: tahun (year)."],
      ["Perlu setidaknya satu kolom kategori, nilai (score) atau status."],
    ]);
  });
});
