// Reads the first worksheet of an XLSX file into a grid with exceljs: numbers stay numbers,
// date cells become Dates, formulas give their cached result, rich text and links give text.
import ExcelJS from "exceljs";
import { canonicalColumn } from "./columns";
import { quoted } from "./text";
import type { Cell, Grid } from "./types";

function cellValue(value: ExcelJS.CellValue, preferLink: boolean): Cell {
  if (value == null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("hyperlink" in value) {
    const text = typeof value.text === "string" ? value.text : cellValue(value.text, false);
    return preferLink || text === "" ? String(value.hyperlink ?? "") : text;
  }
  if ("error" in value) return String(value.error);
  if ("formula" in value || "sharedFormula" in value) return cellValue(value.result ?? null, preferLink);
  return "";
}

const isBlank = (cells: Cell[]) => cells.every((c) => typeof c === "string" && !c.trim());

export async function readXlsx(bytes: Uint8Array): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    return { rows: [], errors: ["Berkas XLSX rusak atau tidak dapat dibaca. Simpan ulang dari Excel lalu unggah lagi."], warnings: [] };
  }
  const [sheet, ...others] = workbook.worksheets;
  if (!sheet) return { rows: [], errors: ["Berkas XLSX tidak berisi lembar kerja."], warnings: [] };
  const warnings = others.some((s) => s.actualRowCount > 0) ? [`Hanya lembar pertama (${quoted(sheet.name)}) yang dibaca.`] : [];
  const rows: Grid["rows"] = [];
  let linkColumn: number | null = null; // known once the header row is read
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    const cells = Array.from(values, (v, i) => cellValue(v ?? null, i === linkColumn));
    if (linkColumn === null && !isBlank(cells)) {
      linkColumn = cells.findIndex((c) => typeof c === "string" && canonicalColumn(c) === "source_url");
    }
    rows.push({ rowNumber, cells, problems: [] });
  });
  return { rows, errors: [], warnings };
}
