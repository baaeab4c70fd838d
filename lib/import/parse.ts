// Turns an uploaded file (CSV or XLSX bytes) into header-mapped rows, enforcing the size, row
// and cell-length limits; problems become messages, never exceptions.
import { mapHeaders } from "./columns";
import { readCsv } from "./csv";
import { formatMegabytes, formatNumber, quoted } from "./text";
import type { Cell, Grid, ParsedFile, Problem, RawRow } from "./types";
import { readXlsx } from "./xlsx";

export type ParseOptions = { maxBytes?: number; maxRows?: number };

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_ROWS = 20_000;
export const MAX_CELL_CHARS = 2_000;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const TEXT_EXTENSIONS = new Set(["csv", "tsv", "txt", ""]);

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function cellText(cell: Cell | undefined): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell == null ? "" : String(cell);
}

const isBlankRow = (cells: Cell[]) => cells.every((c) => !cellText(c).trim());

function failed(fileErrors: string[], fileWarnings: string[] = []): ParsedFile {
  return { headers: [], columns: [], rows: [], fileErrors, fileWarnings };
}

async function readGrid(bytes: Uint8Array, fileName: string, maxRows: number): Promise<Grid> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1].toLowerCase() ?? "";
  // The header and the rows allowed; one more is enough to refuse the file.
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(bytes, maxRows + 1);
  const fail = (message: string): Grid => ({ rows: [], errors: [message], warnings: [] });
  if (startsWith(bytes, OLE_MAGIC) || extension === "xls") {
    return fail("Format .xls (Excel 97–2003) tidak didukung; simpan sebagai .xlsx atau CSV.");
  }
  if (extension === "xlsx" || extension === "xlsm") return fail("Berkas bukan XLSX yang valid. Simpan ulang dari Excel lalu unggah lagi.");
  if (!TEXT_EXTENSIONS.has(extension)) return fail(`Jenis berkas ${quoted(`.${extension}`)} tidak didukung; unggah CSV atau XLSX.`);
  return readCsv(bytes);
}

/** Header titles that can key a record: blank ones named by position, repeats numbered. */
function uniqueHeaders(titles: string[]): string[] {
  const used = new Set<string>();
  return titles.map((text, i) => {
    const title = text || `(kolom ${i + 1})`;
    let name = title;
    for (let n = 2; used.has(name); n++) name = `${title} (${n})`;
    used.add(name);
    return name;
  });
}

function toRawRow(row: Grid["rows"][number], headers: string[], columns: ParsedFile["columns"]): RawRow {
  const problems: Problem[] = row.problems.map((message) => ({ field: "row", message, severity: "error" }));
  const record: RawRow["record"] = {};
  headers.forEach((header, i) => {
    const cell = row.cells[i] ?? "";
    const column = columns[i];
    const length = cellText(cell).length;
    if (length > MAX_CELL_CHARS) {
      problems.push({
        field: column ?? "row",
        message: `Isi kolom ${quoted(header, 40)} terlalu panjang (${formatNumber(length)} karakter; batasnya ${formatNumber(MAX_CELL_CHARS)}).`,
        severity: "error",
      });
    } else if (column) {
      record[column] = cell;
    }
  });
  const extra = row.cells.slice(headers.length).filter((c) => cellText(c).trim()).length;
  if (extra) {
    problems.push({
      field: "row",
      message: `Baris ini berisi ${extra} sel di luar kolom yang berjudul; periksa tanda pemisah dan tanda kutip.`,
      severity: "error",
    });
  }
  const cells = Object.fromEntries(headers.map((h, i) => [h, cellText(row.cells[i])]));
  return { rowNumber: row.rowNumber, cells, record, problems };
}

async function parseBytes(bytes: Uint8Array, fileName: string, maxBytes: number, maxRows: number): Promise<ParsedFile> {
  if (bytes.byteLength > maxBytes) {
    return failed([`Berkas terlalu besar: ${formatMegabytes(bytes.byteLength)}; batasnya ${formatMegabytes(maxBytes)}.`]);
  }
  if (bytes.byteLength === 0) return failed(["Berkas kosong."]);
  const grid = await readGrid(bytes, fileName, maxRows);
  if (grid.errors.length) return failed(grid.errors, grid.warnings);
  const headerIndex = grid.rows.findIndex((r) => !isBlankRow(r.cells));
  if (headerIndex < 0) return failed(["Berkas tidak berisi data."], grid.warnings);
  const titles = grid.rows[headerIndex].cells.map((c) =>
    cellText(c)
      .replace(/^\uFEFF/, "")
      .trim(),
  );
  const headers = uniqueHeaders(titles);
  const { columns, errors, warnings } = mapHeaders(titles);
  const fileWarnings = [...grid.warnings, ...warnings];
  const dataRows = grid.rows.slice(headerIndex + 1).filter((r) => !isBlankRow(r.cells));
  if (grid.truncated) {
    errors.push(`Terlalu banyak baris: lebih dari ${formatNumber(maxRows)}. Pecah berkas menjadi beberapa bagian.`);
  } else if (dataRows.length > maxRows) {
    errors.push(`Terlalu banyak baris: ${formatNumber(dataRows.length)}; batasnya ${formatNumber(maxRows)}. Pecah berkas menjadi beberapa bagian.`);
  }
  if (!dataRows.length) errors.push("Tidak ada baris data di bawah judul kolom.");
  if (errors.length) return { headers, columns, rows: [], fileErrors: errors, fileWarnings };
  return { headers, columns, rows: dataRows.map((r) => toRawRow(r, headers, columns)), fileErrors: [], fileWarnings };
}

/** Never throws: an unreadable file comes back with `fileErrors` and no rows. */
export async function parseFile(buffer: Uint8Array, fileName: string, opts: ParseOptions = {}): Promise<ParsedFile> {
  try {
    return await parseBytes(buffer, fileName, opts.maxBytes ?? DEFAULT_MAX_BYTES, opts.maxRows ?? DEFAULT_MAX_ROWS);
  } catch {
    return failed(["Berkas tidak dapat dibaca."]);
  }
}
