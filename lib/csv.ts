// CSV for downloads: RFC 4180 quoting, a BOM so spreadsheet programs read UTF-8, and cells
// that start like a formula (= + - @ and the Unicode minus) neutralised with a leading quote.
const FORMULA = /^[=+\-@\u2212\t\r]/;

/** The one rule for text cells of every CSV the app writes (downloads, backups, import error reports). */
export function neutraliseFormula(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

export function csvResponse(csv: string, filename: string) {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}
