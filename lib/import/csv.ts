// Reads CSV bytes into a grid: guesses the encoding (UTF-8 with or without BOM, UTF-16 by BOM,
// else Windows-1252) and the separator (comma, semicolon or tab), then lets papaparse split it.
import Papa from "papaparse";
import type { Grid } from "./types";

const SEPARATORS = [",", ";", "\t"] as const;

function decodeText(bytes: Uint8Array): { text: string; warning: string | null } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), warning: null };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), warning: null };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), warning: null };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), warning: null };
  } catch {
    return {
      text: new TextDecoder("windows-1252").decode(bytes),
      warning: "Berkas tidak berenkode UTF-8; dibaca sebagai Windows-1252 (Latin-1). Periksa huruf beraksen pada pratinjau.",
    };
  }
}

/** The separator used most often in the first non-empty line, outside quotes; comma on a tie. */
function detectSeparator(text: string): (typeof SEPARATORS)[number] {
  const line =
    text
      .slice(0, 65_536)
      .split(/\r\n|\n|\r/)
      .find((l) => l.trim()) ?? "";
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let inQuotes = false;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return SEPARATORS.reduce((best, s) => (counts.get(s)! > counts.get(best)! ? s : best));
}

export function readCsv(bytes: Uint8Array): Grid {
  const { text, warning } = decodeText(bytes);
  const warnings = warning ? [warning] : [];
  if (text.includes("\u0000")) {
    return { rows: [], errors: ["Berkas berisi data biner, bukan teks CSV. Simpan ulang sebagai CSV (UTF-8) atau XLSX."], warnings };
  }
  const parsed = Papa.parse<string[]>(text, { delimiter: detectSeparator(text), skipEmptyLines: false });
  const rows = parsed.data.map((cells, i) => ({ rowNumber: i + 1, cells, problems: [] as string[] }));
  for (const e of parsed.errors) {
    const row = e.row == null ? undefined : rows[e.row];
    if (row && e.type === "Quotes") row.problems.push('Tanda kutip (") tidak tertutup atau salah tempat; periksa isi baris ini.');
  }
  return { rows, errors: [], warnings };
}
