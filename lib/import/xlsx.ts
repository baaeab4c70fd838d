// Reads the first worksheet of an XLSX file into a grid, streaming its XML out of the zip
// (lib/import/zip.ts bounds what is inflated) and stopping once the row limit is passed, so an
// upload never costs more memory than the rows it may import. Numbers stay numbers, date cells
// become Dates, formulas give their cached result, rich text and links give text — as exceljs
// reads them (xlsx.test.ts compares the two).
import { SaxesParser } from "saxes";
import { canonicalColumn } from "./columns";
import { formatNumber, quoted } from "./text";
import type { Cell, Grid } from "./types";
import { ZIP_BROKEN, ZipArchive, ZipRefused } from "./zip";

/** More cells than this (counted up to each row's last column) is not a list of results. */
export const MAX_GRID_CELLS = 2_000_000;

type Visit = { open?: (name: string, attributes: Record<string, string>) => boolean | void; close?: (name: string) => void; text?: (text: string) => void };

const local = (name: string) => name.slice(name.indexOf(":") + 1);
const attribute = (attributes: Record<string, string>, name: string) => attributes[name] ?? Object.entries(attributes).find(([key]) => local(key) === name)?.[1];

/** Streams one part's XML through `visit`; `open` returns true to stop reading the part. */
function walk(archive: ZipArchive, path: string, visit: Visit): void {
  const parser = new SaxesParser();
  let stopped = false;
  parser.on("opentag", (tag) => {
    if (!stopped && visit.open?.(local(tag.name), tag.attributes as Record<string, string>) === true) stopped = true;
  });
  parser.on("closetag", (tag) => {
    if (!stopped) visit.close?.(local(tag.name));
  });
  const onText = (text: string) => {
    if (!stopped) visit.text?.(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  archive.read(path, (text) => {
    parser.write(text);
    return stopped;
  });
  if (!stopped) parser.close();
}

function resolve(base: string, target: string): string {
  const parts = target.startsWith("/") ? [] : base.split("/").slice(0, -1);
  for (const part of target.replace(/^\/+/, "").split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

/** Relationship id → part path, for the part at `path`. */
function relationships(archive: ZipArchive, path: string): Map<string, string> {
  const slash = path.lastIndexOf("/");
  const relsPath = `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
  const found = new Map<string, string>();
  if (!archive.has(relsPath)) return found;
  walk(archive, relsPath, {
    open(name, a) {
      if (name !== "Relationship" || !a.Id || !a.Target) return;
      found.set(a.Id, a.TargetMode === "External" ? a.Target : resolve(path, a.Target));
    },
  });
  return found;
}

function sharedStrings(archive: ZipArchive, path: string): string[] {
  const strings: string[] = [];
  if (!archive.has(path)) return strings;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0; // reading guides (<rPh>) are not part of the text Excel shows
  walk(archive, path, {
    open(name) {
      if (name === "si") current = "";
      else if (name === "t") inText = true;
      else if (name === "rPh") phonetic++;
    },
    close(name) {
      if (name === "si" && current !== null) strings.push(current);
      else if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
    },
    text(text) {
      if (inText && !phonetic && current !== null) current += text;
    },
  });
  return strings;
}

const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

// exceljs's rule: a format is a date when, outside quotes and brackets, it uses a date letter.
const isDateFormat = (format: string) => /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

/** For each cell style index, whether its number format shows a date. */
function dateStyles(archive: ZipArchive, path: string): boolean[] {
  const formats = new Map<number, string>();
  const numberFormatIds: number[] = [];
  if (!archive.has(path)) return [];
  let inCellXfs = false;
  walk(archive, path, {
    open(name, a) {
      if (name === "numFmt") formats.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) numberFormatIds.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return numberFormatIds.map((id) => (formats.has(id) ? isDateFormat(formats.get(id)!) : BUILT_IN_DATE_FORMATS.has(id)));
}

function columnIndex(reference: string): number {
  let column = 0;
  for (const ch of reference.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

const excelToDate = (serial: number, date1904: boolean) => new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

const isBlank = (cells: Cell[]) => cells.every((c) => typeof c === "string" && !c.trim());

type SheetOptions = { strings: string[]; dateStyle: boolean[]; date1904: boolean; rowLimit: number };
type SheetRows = { rows: { rowNumber: number; cells: Cell[] }[]; links: Map<string, string>; truncated: boolean };

class TooWide extends Error {}

/** The sheet's non-blank rows, up to `rowLimit` of them; hyperlinks as cell reference → target. */
function readSheet(archive: ZipArchive, path: string, { strings, dateStyle, date1904, rowLimit }: SheetOptions): SheetRows {
  const rels = relationships(archive, path);
  const rows: SheetRows["rows"] = [];
  const links = new Map<string, string>();
  let truncated = false;
  let nonBlank = 0;
  let gridCells = 0;
  let row: { rowNumber: number; cells: Cell[]; hasValue: boolean } | null = null;
  let lastRowNumber = 0;
  let cursor = 0;
  let cell: { column: number; style: number; type: string; formula: boolean; value?: string; inline?: string } | null = null;
  let reading: "value" | "inline" | null = null;
  let phonetic = 0;

  const finishCell = () => {
    if (!row || !cell) return;
    const { type, value, inline } = cell;
    let result: Cell | undefined;
    if (type === "s") result = value === undefined ? undefined : (strings[Number(value)] ?? "");
    else if (type === "inlineStr") result = inline ?? "";
    else if (type === "str") result = value ?? "";
    else if (type === "b") result = value === undefined ? undefined : Number(value) !== 0 ? "TRUE" : "FALSE";
    else if (type === "e") result = value ?? "";
    else if (type === "d") result = value === undefined ? undefined : new Date(value);
    else if (value !== undefined) {
      const n = Number(value);
      result = dateStyle[cell.style] ? excelToDate(n, date1904) : n;
    }
    if (result === undefined && cell.formula) result = ""; // a formula never calculated: a cell, but no value
    if (result === undefined) return;
    if (typeof result === "number" && !Number.isFinite(result)) result = "";
    if (result instanceof Date && Number.isNaN(result.getTime())) result = "";
    row.cells[cell.column] = result;
    row.hasValue = true;
  };

  walk(archive, path, {
    open(name, a) {
      if (truncated) return true;
      if (name === "row") {
        lastRowNumber = a.r ? Number(a.r) : lastRowNumber + 1;
        row = { rowNumber: lastRowNumber, cells: [], hasValue: false };
        cursor = 0;
      } else if (name === "c" && row) {
        const column = a.r ? columnIndex(a.r) : cursor;
        cursor = column + 1;
        cell = { column, style: Number(a.s ?? 0), type: a.t ?? "n", formula: false };
      } else if (name === "f" && cell) cell.formula = true;
      else if (name === "v" && cell) {
        cell.value = "";
        reading = "value";
      } else if (name === "is" && cell) cell.inline = "";
      else if (name === "t" && cell?.inline !== undefined) reading = "inline";
      else if (name === "rPh") phonetic++;
      else if (name === "hyperlink" && a.ref) {
        const id = attribute(a, "id");
        const target = id ? rels.get(id) : a.location ? `#${a.location}` : undefined;
        if (target !== undefined) links.set(a.ref.toUpperCase(), target);
      }
    },
    close(name) {
      if (name === "v" || name === "t") reading = null;
      else if (name === "rPh") phonetic--;
      else if (name === "c") {
        finishCell();
        cell = null;
      } else if (name === "row" && row) {
        const { rowNumber, cells, hasValue } = row;
        row = null;
        if (!hasValue) return;
        const filled = Array.from(cells, (c) => c ?? "");
        if (isBlank(filled)) return; // nothing to import, and the rows before the header are skipped anyway
        if (nonBlank === rowLimit) {
          truncated = true;
          return;
        }
        nonBlank++;
        gridCells += filled.length;
        if (gridCells > MAX_GRID_CELLS) throw new TooWide();
        rows.push({ rowNumber, cells: filled });
      }
    },
    text(text) {
      if (!cell || phonetic) return;
      if (reading === "value") cell.value += text;
      else if (reading === "inline") cell.inline += text;
    },
  });
  return { rows, links, truncated };
}

/** Whether a sheet has any cell with a value; stops at the first. */
function hasValues(archive: ZipArchive, path: string): boolean {
  let found = false;
  let inCell = false;
  walk(archive, path, {
    open(name) {
      if (name === "c") inCell = true;
      else if (inCell && (name === "v" || name === "is")) return (found = true);
    },
    close(name) {
      if (name === "c") inCell = false;
    },
  });
  return found;
}

const failed = (message: string): Grid => ({ rows: [], errors: [message], warnings: [] });

/**
 * `rowLimit` is how many non-blank rows to keep (the header and the data rows allowed); a file
 * with more comes back `truncated`, read no further.
 */
export async function readXlsx(bytes: Uint8Array, rowLimit = Number.POSITIVE_INFINITY): Promise<Grid> {
  try {
    const archive = ZipArchive.open(bytes);
    const workbookPath = "xl/workbook.xml";
    if (!archive.has(workbookPath)) return failed(ZIP_BROKEN);
    const sheets: { name: string; id: string }[] = [];
    let date1904 = false;
    walk(archive, workbookPath, {
      open(name, a) {
        if (name === "sheet") sheets.push({ name: a.name ?? "", id: attribute(a, "id") ?? "" });
        else if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      },
    });
    const rels = relationships(archive, workbookPath);
    const paths = sheets.map((s) => rels.get(s.id)).filter((p): p is string => !!p && archive.has(p));
    if (!paths.length) return failed("Berkas XLSX tidak berisi lembar kerja.");
    const strings = sharedStrings(archive, "xl/sharedStrings.xml");
    const dateStyle = dateStyles(archive, "xl/styles.xml");
    const [first, ...others] = paths;
    const sheet = readSheet(archive, first, { strings, dateStyle, date1904, rowLimit });
    const name = sheets.find((s) => rels.get(s.id) === first)?.name ?? "";
    const warnings = !sheet.truncated && others.some((p) => hasValues(archive, p)) ? [`Hanya lembar pertama (${quoted(name)}) yang dibaca.`] : [];
    return { rows: withLinks(sheet), errors: [], warnings, truncated: sheet.truncated };
  } catch (e) {
    if (e instanceof ZipRefused) return failed(e.message);
    if (e instanceof TooWide) return failed(`Lembar kerja terlalu lebar: lebih dari ${formatNumber(MAX_GRID_CELLS)} sel. Hapus kolom yang tidak perlu lalu unggah lagi.`);
    return failed(ZIP_BROKEN);
  }
}

const columnName = (index: number) => {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

/** A linked cell reads as its text, or as its link when it has no text or sits in the source column. */
function withLinks({ rows, links }: SheetRows): Grid["rows"] {
  let linkColumn: number | null = null; // known once the header row is read
  return rows.map(({ rowNumber, cells }) => {
    const read = links.size
      ? cells.map((text, i) => {
          const link = links.get(`${columnName(i)}${rowNumber}`);
          return link === undefined || (i !== linkColumn && text !== "") ? text : link;
        })
      : cells;
    if (linkColumn === null && !isBlank(read)) {
      linkColumn = read.findIndex((c) => typeof c === "string" && canonicalColumn(c) === "source_url");
    }
    return { rowNumber, cells: read, problems: [] };
  });
}
