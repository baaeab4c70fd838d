// The error report to download: the rows that cannot be imported, as the user wrote them, with a
// "kesalahan" column giving every reason; safe to open in a spreadsheet (no formula injection).
import Papa from "papaparse";
import { neutraliseFormula } from "@/lib/csv";
import type { Preview } from "./classify";
import type { ParsedFile } from "./types";

const REPORT_COLUMN = "kesalahan";

/** Prefixes a quote to cells a spreadsheet would run as a formula: the same rule as every other CSV download. */
export const safeCsvCell = neutraliseFormula;

function toCsv(fields: string[], data: string[][]): string {
  return `\uFEFF${Papa.unparse({ fields: fields.map(safeCsvCell), data: data.map((r) => r.map(safeCsvCell)) })}\r\n`;
}

/** Only the rows classified "error"; a file rejected whole gives its file errors instead. */
export function errorReportCsv(parsed: ParsedFile, preview: Preview): string {
  if (preview.fileErrors.length)
    return toCsv(
      [REPORT_COLUMN],
      preview.fileErrors.map((e) => [e]),
    );
  const headers = parsed.headers.filter((h) => h.trim().toLowerCase() !== REPORT_COLUMN);
  const rawByNumber = new Map(parsed.rows.map((r) => [r.rowNumber, r]));
  const data = preview.rows
    .filter((row) => row.kind === "error")
    .map((row) => {
      const cells = rawByNumber.get(row.rowNumber)?.cells ?? {};
      return [...headers.map((h) => cells[h] ?? ""), row.problems.map((p) => p.message).join("; ")];
    });
  return toCsv([...headers, REPORT_COLUMN], data);
}
