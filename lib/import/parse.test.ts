// Reading uploads: encodings, separators, limits and XLSX cells.
import { describe, expect, it } from "vitest";
import { MAX_CELL_CHARS, parseFile } from "./parse";
import { utf8, xlsxBytes } from "./testing";

const HEADER = "institution_name,institution_type,province,year,category,score";
const ROW = "Kota Pekalongan,kota,Jawa Tengah,2023,Sangat Baik,327";

describe("parseFile, CSV", () => {
  it("maps headers to canonical columns and numbers rows as the spreadsheet does", async () => {
    const parsed = await parseFile(utf8(`${HEADER}\n${ROW}\n\nKota Bima,kota,NTB,2022,Baik,\n`), "hasil.csv");
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.headers).toEqual(HEADER.split(","));
    expect(parsed.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(parsed.rows[0].record).toMatchObject({ institution_name: "Kota Pekalongan", year: "2023", score: "327" });
    expect(parsed.rows[0].cells).toMatchObject({ institution_name: "Kota Pekalongan", category: "Sangat Baik" });
  });

  it("reads UTF-8 with and without a BOM, and UTF-16 in both byte orders", async () => {
    const text = `nama;tahun;kategori\nKabupaten Purworejo;2022;Baik\n`;
    const utf16 = (bigEndian: boolean) => {
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
      [...text].forEach((ch, i) => {
        const code = ch.charCodeAt(0);
        bytes[2 + i * 2 + (bigEndian ? 1 : 0)] = code & 0xff;
        bytes[2 + i * 2 + (bigEndian ? 0 : 1)] = code >> 8;
      });
      return bytes;
    };
    for (const bytes of [utf8(text), utf8(`\uFEFF${text}`), utf16(false), utf16(true)]) {
      const parsed = await parseFile(bytes, "a.csv");
      expect(parsed.fileErrors).toEqual([]);
      expect(parsed.fileWarnings).toEqual([]);
      expect(parsed.headers[0]).toBe("nama");
      expect(parsed.rows[0].record.institution_name).toBe("Kabupaten Purworejo");
    }
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8, and says so", async () => {
    const bytes = Uint8Array.from([...utf8("nama,tahun,kategori\nKota Mal"), 0xe9, ...utf8("ng,2021,Baik\n")]);
    const parsed = await parseFile(bytes, "a.csv");
    expect(parsed.rows[0].record.institution_name).toBe("Kota Maléng");
    expect(parsed.fileWarnings[0]).toContain("Windows-1252");
  });

  it("detects comma, semicolon and tab separators from the header", async () => {
    for (const sep of [",", ";", "\t"]) {
      const parsed = await parseFile(utf8(`nama${sep}tahun${sep}nilai\n"Kota A, Jawa"${sep}2021${sep}"264,5"\n`), "a.csv");
      expect(parsed.fileErrors, JSON.stringify(sep)).toEqual([]);
      expect(parsed.rows[0].record).toEqual({ institution_name: "Kota A, Jawa", year: "2021", score: "264,5" });
    }
  });

  it("skips empty and blank lines, including ones before the header", async () => {
    const parsed = await parseFile(utf8(`\r\n ,, \r\nnama,tahun,nilai\r\n\r\nKota A,2021,300\r\n,,\r\n`), "a.csv");
    expect(parsed.rows.map((r) => r.rowNumber)).toEqual([5]);
  });

  it("refuses a file over the size limit with its size in Indonesian", async () => {
    const bytes = new Uint8Array(Math.round(7.2 * 1024 * 1024));
    const parsed = await parseFile(bytes, "besar.csv");
    expect(parsed.fileErrors).toEqual(["Berkas terlalu besar: 7,2 MB; batasnya 5 MB."]);
    expect(parsed.rows).toEqual([]);
    expect((await parseFile(utf8(`${HEADER}\n${ROW}\n`), "a.csv", { maxBytes: 10 })).fileErrors[0]).toMatch(/^Berkas terlalu besar/);
  });

  it("refuses a file over the row limit", async () => {
    const parsed = await parseFile(utf8(`${HEADER}\n${`${ROW}\n`.repeat(4)}`), "a.csv", { maxRows: 3 });
    expect(parsed.fileErrors).toEqual(["Terlalu banyak baris: 4; batasnya 3. Pecah berkas menjadi beberapa bagian."]);
    expect(parsed.rows).toEqual([]);
  });

  it("reports over-long cells as a row error without keeping the value", async () => {
    const long = "x".repeat(MAX_CELL_CHARS + 1);
    const parsed = await parseFile(utf8(`${HEADER},catatan\n${long},kota,,2023,Baik,,${long}\n`), "a.csv");
    const [row] = parsed.rows;
    expect(row.record.institution_name).toBeUndefined();
    expect(row.problems).toEqual([
      { field: "institution_name", message: "Isi kolom 'institution_name' terlalu panjang (2.001 karakter; batasnya 2.000).", severity: "error" },
      { field: "row", message: "Isi kolom 'catatan' terlalu panjang (2.001 karakter; batasnya 2.000).", severity: "error" },
    ]);
  });

  it("flags rows with more cells than headers and unbalanced quotes", async () => {
    const parsed = await parseFile(utf8(`nama,tahun,nilai\nKementerian Hukum, dan HAM,2021,300\nKota A,2021,"300\n`), "a.csv");
    expect(parsed.rows[0].problems[0].message).toContain("di luar kolom yang berjudul");
    expect(parsed.rows[1].problems[0].message).toContain("Tanda kutip");
  });

  it("numbers repeated and blank headers so no cell is lost", async () => {
    const parsed = await parseFile(utf8(`nama,tahun,nilai,catatan,catatan,\nKota A,2021,300,a,b,c\n`), "a.csv");
    expect(parsed.headers).toEqual(["nama", "tahun", "nilai", "catatan", "catatan (2)", "(kolom 6)"]);
    expect(parsed.rows[0].cells).toMatchObject({ catatan: "a", "catatan (2)": "b", "(kolom 6)": "c" });
    expect(parsed.fileWarnings).toEqual(["Kolom tidak dikenal diabaikan: 'catatan', 'catatan'.", "Kolom tanpa judul diabaikan (kolom ke-6)."]);
  });

  it("fails the file when two headers mean the same column", async () => {
    const parsed = await parseFile(utf8("nama,tahun,nilai,Nilai\nKota A,2021,300,310\n"), "a.csv");
    expect(parsed.fileErrors).toEqual(["Kolom 'nilai' dan 'Nilai' sama-sama berarti nilai; hapus salah satunya."]);
    expect(parsed.headers).toEqual(["nama", "tahun", "nilai", "Nilai"]);
  });

  it("fails the file, with no rows, when columns are missing or there is no data", async () => {
    expect(await parseFile(utf8("nama,provinsi\nKota A,Jawa Tengah\n"), "a.csv")).toMatchObject({
      rows: [],
      fileErrors: ["Kolom wajib tidak ada: tahun (year).", "Perlu setidaknya satu kolom kategori, nilai (score) atau status."],
    });
    expect((await parseFile(utf8(`${HEADER}\n\n`), "a.csv")).fileErrors).toEqual(["Tidak ada baris data di bawah judul kolom."]);
    expect((await parseFile(utf8("\n \n"), "a.csv")).fileErrors).toEqual(["Berkas tidak berisi data."]);
    expect((await parseFile(new Uint8Array(), "a.csv")).fileErrors).toEqual(["Berkas kosong."]);
  });

  it("refuses binary data, old .xls files and other file types", async () => {
    expect((await parseFile(Uint8Array.from([0x6e, 0, 0x61, 0, 0x0a]), "a.csv")).fileErrors[0]).toContain("data biner");
    expect((await parseFile(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), "a.xls")).fileErrors[0]).toContain(".xls");
    expect((await parseFile(utf8("%PDF-1.4"), "hasil.pdf")).fileErrors).toEqual(["Jenis berkas '.pdf' tidak didukung; unggah CSV atau XLSX."]);
    expect((await parseFile(utf8(`${HEADER}\n${ROW}`), "hasil.xlsx")).fileErrors[0]).toContain("bukan XLSX");
  });
});

describe("parseFile, XLSX", () => {
  it("reads the first worksheet: numbers as numbers, date cells as dates, formula results, links", async () => {
    const bytes = await xlsxBytes(
      [
        ["Nama Instansi", "Tahun", "Nilai", "Tanggal", "Sumber", "Predikat"],
        ["Kota Pekalongan", 2023, 327, new Date(Date.UTC(2023, 11, 7)), { text: "berita", hyperlink: "https://x.id/a" }, "Sangat Baik"],
        [],
        ["Kota Bima", { formula: "2020+2", result: 2022 }, { formula: "C2-0.5", result: 264.5 }, 45267, "https://x.id/b", { richText: [{ text: "Ba" }, { text: "ik" }] }],
      ],
      true,
    );
    const parsed = await parseFile(bytes, "hasil.xlsx");
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.fileWarnings).toEqual(["Hanya lembar pertama ('Hasil') yang dibaca."]);
    expect(parsed.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    const [first, second] = parsed.rows;
    expect(first.record).toMatchObject({ institution_name: "Kota Pekalongan", year: 2023, score: 327, source_url: "https://x.id/a" });
    expect(first.record.announced_at).toEqual(new Date(Date.UTC(2023, 11, 7)));
    expect(first.cells).toMatchObject({ Tanggal: "2023-12-07", Nilai: "327" });
    expect(second.record).toMatchObject({ year: 2022, score: 264.5, announced_at: 45267, category: "Baik" });
  });

  it("is recognised by its content even when named .csv", async () => {
    const bytes = await xlsxBytes([
      ["nama", "tahun", "nilai"],
      ["Kota A", 2021, 300],
    ]);
    expect((await parseFile(bytes, "hasil.csv")).rows[0].record).toEqual({ institution_name: "Kota A", year: 2021, score: 300 });
  });

  it("reports a truncated workbook as a file error", async () => {
    const bytes = await xlsxBytes([
      ["nama", "tahun", "nilai"],
      ["Kota A", 2021, 300],
    ]);
    const parsed = await parseFile(bytes.subarray(0, bytes.length - 40), "hasil.xlsx");
    expect(parsed.fileErrors).toEqual(["Berkas XLSX rusak atau tidak dapat dibaca. Simpan ulang dari Excel lalu unggah lagi."]);
    expect(parsed.rows).toEqual([]);
  });

  it("reports over-long cells and the row limit as for CSV", async () => {
    const bytes = await xlsxBytes([
      ["nama", "tahun", "nilai"],
      ["y".repeat(2500), 2021, 300],
      ["Kota B", 2021, 300],
    ]);
    expect((await parseFile(bytes, "a.xlsx")).rows[0].problems[0].message).toContain("terlalu panjang");
    expect((await parseFile(bytes, "a.xlsx", { maxRows: 1 })).fileErrors[0]).toContain("Terlalu banyak baris: lebih dari 1");
  });
});
