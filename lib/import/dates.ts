// Dates as they arrive in uploads: ISO (2023-12-07), day first (7/12/2023), Indonesian month
// names (7 Desember 2023), Excel serial numbers (45267) and Date cells; read as YYYY-MM-DD.
import { quoted } from "./text";
import type { Cell } from "./types";
import type { Parsed } from "./values";

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  pebruari: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
};

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30); // serial 1 is 1900-01-01 with Excel's 1900 leap-year quirk
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** YYYY-MM-DD when the parts make a real calendar day in range, else null. */
function ymd(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return year < MIN_YEAR || year > MAX_YEAR ? null : date.toISOString().slice(0, 10);
}

const fromUtc = (date: Date) => (Number.isNaN(date.getTime()) ? null : ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));

const fromExcelSerial = (serial: number) => fromUtc(new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS));

function fromText(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dayFirst) return ymd(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const named = /^(?:[a-z']+,\s*)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/i.exec(text);
  if (named) {
    const month = MONTHS[named[2].toLowerCase()];
    return month ? ymd(Number(named[3]), month, Number(named[1])) : null;
  }
  return /^\d{5}(\.\d+)?$/.test(text) ? fromExcelSerial(Number(text)) : null;
}

export function parseDate(cell: Cell | undefined): Parsed<string | null> {
  if (cell instanceof Date) {
    const value = fromUtc(cell);
    return value ? { ok: true, value } : { ok: false, reason: "Tanggal tidak valid atau di luar tahun 2000–2100." };
  }
  const text = cell == null ? "" : String(cell).replace(/\s+/g, " ").trim();
  if (!text) return { ok: true, value: null };
  const value = typeof cell === "number" ? fromExcelSerial(cell) : fromText(text);
  return value ? { ok: true, value } : { ok: false, reason: `Tanggal ${quoted(text)} tidak dikenali; gunakan 2023-12-07, 7/12/2023 atau 7 Desember 2023 (tahun 2000–2100).` };
}
