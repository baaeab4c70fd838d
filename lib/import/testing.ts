// Test fixtures shared by the import tests: registry institutions, snapshots and file bytes.
import ExcelJS from "exceljs";
import { strToU8, unzipSync, Zip, ZipDeflate } from "fflate";
import { MERIT_2019, MERIT_2026, roundCode, type RoundDef } from "@/lib/merit";
import type { InstitutionType } from "@/lib/merit";
import { regionalAliases, slugify } from "@/lib/registry/names";
import type { ImportSnapshot } from "./classify";
import type { RegistryInstitution } from "./match";
import { canonicalColumn } from "./columns";
import type { ExistingEvaluation } from "./record";
import { quoted } from "./text";
import type { Cell, Grid } from "./types";

export function institution(name: string, type: InstitutionType, provinceName: string | null = null, aliases?: string[]): RegistryInstitution {
  const regional = type === "kementerian" || type === "lembaga" ? null : type;
  return { id: `id-${slugify(name)}`, slug: slugify(name), name, type, provinceName, aliases: aliases ?? (regional ? regionalAliases(name, regional) : []) };
}

export const REGISTRY: RegistryInstitution[] = [
  institution("Kota Pekalongan", "kota", "Jawa Tengah"),
  institution("Kabupaten Pekalongan", "kabupaten", "Jawa Tengah"),
  institution("Kota Palembang", "kota", "Sumatera Selatan"),
  institution("Kota Palangka Raya", "kota", "Kalimantan Tengah"),
  institution("Kabupaten Bima", "kabupaten", "Nusa Tenggara Barat"),
  institution("Kota Bima", "kota", "Nusa Tenggara Barat"),
  institution("Provinsi Jawa Tengah", "provinsi", "Jawa Tengah", regionalAliases("Provinsi Jawa Tengah", "provinsi", "33")),
  institution("Kementerian Agama", "kementerian", null, ["Kemenag"]),
  institution("Badan Informasi Geospasial", "lembaga", null, ["BIG"]),
  // Two regencies with one name in different provinces (as Kabupaten Bima is not; this one is made up).
  institution("Kabupaten Sukamaju", "kabupaten", "Jawa Barat"),
  { ...institution("Kabupaten Sukamaju", "kabupaten", "Sulawesi Tengah"), id: "id-kabupaten-sukamaju-sulteng", slug: "kabupaten-sukamaju-2" },
];

export const idOf = (name: string) => `id-${slugify(name)}`;

const round = (year: number, evaluator: RoundDef["evaluator"], announcedOn: string, name: string): RoundDef => ({
  code: roundCode(year, evaluator, announcedOn),
  year,
  schemeCode: MERIT_2019.code,
  evaluator,
  announcedOn,
  name,
  nameEn: name,
});

/** Stored rounds as the demo has them: one a year, two in 2024. */
export const ROUNDS: RoundDef[] = [
  round(2021, "kasn", "2021-12-07", "KASN 2021, Surabaya"),
  round(2022, "kasn", "2022-12-08", "KASN 2022, Jakarta"),
  round(2023, "kasn", "2023-12-07", "KASN 2023, Yogyakarta"),
  round(2024, "kasn", "2024-05-29", "KASN 2024, Bandung"),
  round(2024, "kemenpanrb_bkn", "2024-12-19", "KemenPAN-RB dan BKN 2024, Jakarta"),
];

export function snapshot(existing: ExistingEvaluation[] = [], institutions = REGISTRY, rounds = ROUNDS): ImportSnapshot {
  return { institutions, schemes: [MERIT_2019, MERIT_2026], rounds, existing };
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

export async function xlsxBytes(rows: ExcelJS.CellValue[][], extraSheet = false): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Hasil");
  for (const row of rows) sheet.addRow(row);
  if (extraSheet) workbook.addWorksheet("Catatan").addRow(["abaikan"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * A valid XLSX whose first sheet is `rows` copies of one row, deflated as it is written (the
 * sheet's XML is never held whole): a few hundred MB of XML come to a megabyte or two.
 */
export async function xlsxBomb(rows: number, text = "Kota Pekalongan"): Promise<Uint8Array> {
  const parts = unzipSync(await xlsxBytes([["nama", "tahun", "nilai"]]));
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  for (const [name, data] of Object.entries(parts)) {
    const file = new ZipDeflate(name, { level: 9, mem: 12 });
    zip.add(file);
    if (name !== "xl/worksheets/sheet1.xml") {
      file.push(data, true);
      continue;
    }
    file.push(strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'));
    const row = `<row>${`<c t="inlineStr"><is><t>${text}</t></is></c>`.repeat(8)}</row>`;
    const batch = strToU8(row.repeat(1_000));
    for (let i = 0; i < rows; i += 1_000) file.push(batch);
    file.push(strToU8("</sheetData></worksheet>"), true);
  }
  zip.end();
  const bytes = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  out.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
  return bytes;
}

/** The same archive with one part's uncompressed size written as `size` in the central directory. */
export function withDeclaredSize(zip: Uint8Array, part: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const name = strToU8(part);
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50 || view.getUint16(i + 28, true) !== name.length) continue;
    if (bytes.subarray(i + 46, i + 46 + name.length).every((b, k) => b === name[k])) view.setUint32(i + 24, size, true);
  }
  return bytes;
}

/** The grid exceljs's in-memory reader gives (the reader this module replaced): what readXlsx must match. */
export async function exceljsGrid(bytes: Uint8Array): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const [sheet, ...others] = workbook.worksheets;
  const warnings = others.some((s) => s.actualRowCount > 0) ? [`Hanya lembar pertama (${quoted(sheet.name)}) yang dibaca.`] : [];
  const rows: Grid["rows"] = [];
  let linkColumn: number | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    const cells = Array.from(values, (v, i) => exceljsCell(v ?? null, i === linkColumn));
    if (linkColumn === null && !cells.every((c) => typeof c === "string" && !c.trim())) {
      linkColumn = cells.findIndex((c) => typeof c === "string" && canonicalColumn(c) === "source_url");
    }
    rows.push({ rowNumber, cells, problems: [] });
  });
  return { rows, errors: [], warnings };
}

function exceljsCell(value: ExcelJS.CellValue, preferLink: boolean): Cell {
  if (value == null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("hyperlink" in value) {
    const text = typeof value.text === "string" ? value.text : exceljsCell(value.text, false);
    return preferLink || text === "" ? String(value.hyperlink ?? "") : text;
  }
  if ("error" in value) return String(value.error);
  if ("formula" in value || "sharedFormula" in value) return exceljsCell(value.result ?? null, preferLink);
  return "";
}
