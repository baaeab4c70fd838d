import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseFile } from "./parse";
import { templateCsv } from "./template";
import { exceljsGrid, withDeclaredSize, xlsxBomb, xlsxBytes } from "./testing";
import { readXlsx } from "./xlsx";
import { MAX_UNZIPPED_BYTES } from "./zip";

const MB = 1024 * 1024;

async function workbookBytes(fill: (workbook: ExcelJS.Workbook) => void, useSharedStrings = true) {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer({ useSharedStrings }));
}

/** A small deterministic generator, so a failing workbook can be made again. */
function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return { next, int: (n: number) => Math.floor(next() * n), chance: (p: number) => next() < p };
}

function randomCell(rng: ReturnType<typeof prng>, column: number): ExcelJS.CellValue {
  switch (rng.int(12)) {
    case 0:
      return null;
    case 1:
      return rng.int(1000) + rng.int(2) / 2;
    case 2:
      return new Date(Date.UTC(2019 + rng.int(8), rng.int(12), 1 + rng.int(28)));
    case 3:
      return rng.chance(0.5);
    case 4:
      return { error: "#N/A" } as ExcelJS.CellErrorValue;
    case 5:
      return { formula: "1+1", result: rng.int(500) };
    case 6:
      return { formula: "TODAY()", result: new Date(Date.UTC(2023, 11, 7)) };
    case 7:
      // Only where no date format applies: exceljs turns a text result under a date format into an
      // invalid date (read as blank); readXlsx keeps the text.
      return column === 1 ? { formula: 'CONCAT("a","b")', result: "ab" } : `Kota ${column}`;
    case 8:
      return { text: rng.chance(0.3) ? "" : "berita", hyperlink: `https://x.id/${column}/${rng.int(99)}` };
    case 9:
      return { richText: [{ text: "Sangat " }, { text: "Baik", font: { bold: true } }] };
    case 10:
      return rng.chance(0.5) ? "  " : 'Kota <Pekalongan> & "Bima"';
    default:
      return `Kabupaten ${rng.int(100)}`;
  }
}

async function expectSameAsExceljs(bytes: Uint8Array) {
  const [ours, theirs] = [await readXlsx(bytes), await exceljsGrid(bytes)];
  expect(ours.errors).toEqual([]);
  expect(ours.warnings).toEqual(theirs.warnings);
  // Blank rows are left out as they are read: nothing in them can be imported.
  expect(ours.rows).toEqual(theirs.rows.filter((r) => !r.cells.every((c) => typeof c === "string" && !c.trim())));
}

describe("readXlsx reads what exceljs reads", () => {
  it("for the import template saved as XLSX", async () => {
    const rows = templateCsv()
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/)
      .map((line) => line.split(",").map((c) => (/^\d+$/.test(c) ? Number(c) : c)));
    await expectSameAsExceljs(await xlsxBytes(rows));
  });

  it("for dates, formulas, links, rich text and a second sheet", async () => {
    const bytes = await xlsxBytes(
      [
        ["Nama Instansi", "Tahun", "Nilai", "Tanggal", "Sumber", "Predikat"],
        ["Kota Pekalongan", 2023, 327, new Date(Date.UTC(2023, 11, 7)), { text: "berita", hyperlink: "https://x.id/a" }, "Sangat Baik"],
        [],
        ["Kota Bima", { formula: "2020+2", result: 2022 }, { formula: "C2-0.5", result: 264.5 }, 45267, "https://x.id/b", { richText: [{ text: "Ba" }, { text: "ik" }] }],
      ],
      true,
    );
    await expectSameAsExceljs(bytes);
  });

  it("for random workbooks: shared and inline strings, 1904 dates, number formats, sparse rows, hidden first sheets", { timeout: 60_000 }, async () => {
    const rng = prng(20231207);
    for (let book = 0; book < 24; book++) {
      const bytes = await workbookBytes(
        (workbook) => {
          if (book % 3 === 0) workbook.properties.date1904 = true;
          const sheet = workbook.addWorksheet("Hasil", { state: book % 5 === 0 ? "hidden" : "visible" });
          sheet.getColumn(3).numFmt = rng.chance(0.5) ? "dd/mm/yyyy" : '"Rp"#,##0';
          sheet.addRow(["nama_instansi", "tahun", "tanggal", "sumber", "nilai"]);
          for (let r = 0; r < 15; r++) {
            const row = sheet.getRow(2 + r + rng.int(3) * r);
            for (let c = 1; c <= 5 + rng.int(4); c++) if (rng.chance(0.8)) row.getCell(c).value = randomCell(rng, c);
            if (rng.chance(0.2)) row.getCell(2).numFmt = "yyyy-mm-dd";
          }
          if (rng.chance(0.5)) workbook.addWorksheet("Lain").addRow(rng.chance(0.5) ? ["isi"] : []);
        },
        book % 2 === 0,
      );
      await expectSameAsExceljs(bytes);
    }
  });
});

describe("readXlsx limits", () => {
  it("stops at the row limit and says the sheet goes on", async () => {
    const bytes = await xlsxBytes([["nama", "tahun", "nilai"], ...Array.from({ length: 30 }, (_, i) => [`Kota ${i}`, 2020, 300]), [], ["Kota Z", 2021, 300]]);
    const grid = await readXlsx(bytes, 11);
    expect(grid.truncated).toBe(true);
    expect(grid.rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect((await readXlsx(bytes, 33)).truncated).toBe(false);
    expect((await parseFile(bytes, "a.xlsx", { maxRows: 10 })).fileErrors).toEqual(["Terlalu banyak baris: lebih dari 10. Pecah berkas menjadi beberapa bagian."]);
  });

  it("refuses a sheet whose rows reach far to the right, before filling them out", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Hasil");
      sheet.addRow(["nama", "tahun", "nilai"]);
      for (let r = 2; r < 200; r++) sheet.getCell(`XFD${r}`).value = "x"; // column 16 384
    });
    expect((await readXlsx(bytes)).errors).toEqual(["Lembar kerja terlalu lebar: lebih dari 2.000.000 sel. Hapus kolom yang tidak perlu lalu unggah lagi."]);
  });

  it("refuses a sheet whose inflated XML would pass the ratio, before inflating it", { timeout: 60_000 }, async () => {
    const dense = await xlsxBomb(40_000); // ~17 MB of XML in well under 170 KB
    expect(dense.length).toBeLessThan(170_000);
    expect((await parseFile(dense, "a.xlsx")).fileErrors).toEqual([
      "Berkas XLSX tidak wajar: isinya membesar lebih dari 100 kali saat dibuka, jadi tidak dibaca. Simpan ulang dari Excel lalu unggah lagi.",
    ]);
  });

  it("refuses a part that inflates past the size its header declares", { timeout: 60_000 }, async () => {
    const dense = await xlsxBomb(40_000);
    const lying = withDeclaredSize(dense, "xl/worksheets/sheet1.xml", 1_000_000);
    expect((await parseFile(lying, "a.xlsx")).fileErrors).toEqual([
      "Berkas XLSX rusak: isinya lebih besar daripada yang tercatat di daftar isinya, jadi tidak dibaca. Simpan ulang dari Excel lalu unggah lagi.",
    ]);
  });

  it("refuses a 1.5 MB decompression bomb with a clear message, growing the process by less than 100 MB", { timeout: 180_000 }, async () => {
    const bomb = await xlsxBomb(830_000); // ~350 MB of sheet XML
    expect(bomb.length).toBeGreaterThan(1.3 * MB);
    expect(bomb.length).toBeLessThan(2 * MB);
    // Blank rows never reach the row limit, and headers claiming just under the size limit pass
    // the directory check: only counting the inflated bytes stops this one.
    const liar = withDeclaredSize(await xlsxBomb(830_000, " "), "xl/worksheets/sheet1.xml", MAX_UNZIPPED_BYTES - MB);
    for (const [bytes, refusal] of [
      [bomb, "Berkas XLSX terlalu besar setelah dibuka (lebih dari 50 MB)"],
      [liar, "isinya lebih besar daripada yang tercatat"],
    ] as const) {
      const before = process.memoryUsage().rss;
      const parsed = await parseFile(bytes, "bom.xlsx");
      const grown = process.memoryUsage().rss - before;
      expect(parsed.fileErrors).toHaveLength(1);
      expect(parsed.fileErrors[0]).toContain(refusal);
      expect(parsed.rows).toEqual([]);
      expect(grown).toBeLessThan(100 * MB);
    }
  });
});
