// Cell values as people type them, read into domain values: each parser gives a value (null for
// an empty cell) or an Indonesian reason why the text cannot be used.
import { INSTITUTION_TYPES, findCategory, sortedCategories, type CategoryDef, type EvaluationStatus, type Evaluator, type InstitutionType, type SchemeDef } from "@/lib/merit";
import { webUrlOf } from "@/lib/validation/web-url";
import { listed, quoted } from "./text";
import type { Cell } from "./types";

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** The cell as trimmed text with runs of white space collapsed, or null when empty. */
export function parseText(cell: Cell | undefined): string | null {
  if (cell == null) return null;
  const text = (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell)).replace(/\s+/g, " ").trim();
  return text || null;
}

/** Letters only, lower case: "Kab." → "kab", "KemenPAN-RB" → "kemenpanrb". */
const wordKey = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, "");

/**
 * A decimal number: "264,5", "264.5", 264.5. A single separator is always the decimal mark
 * ("1.234" = 1,234); with both, only well-formed thousands groups ("1.234,5", "1,234.5") are read.
 */
export function parseDecimal(cell: Cell | undefined, label = "Nilai"): Parsed<number | null> {
  if (typeof cell === "number") return Number.isFinite(cell) ? ok(cell) : fail(`${label} bukan angka.`);
  const text = parseText(cell);
  if (text == null) return ok(null);
  const compact = text.replace(/\s+/g, "");
  let normal: string | null = null;
  if (/^[-+]?\d+([.,]\d+)?$/.test(compact)) normal = compact.replace(",", ".");
  else if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(compact)) normal = compact.replace(/\./g, "").replace(",", ".");
  else if (/^[-+]?\d{1,3}(,\d{3})+\.\d+$/.test(compact)) normal = compact.replace(/,/g, "");
  if (normal == null) return fail(`${label} ${quoted(text)} bukan angka yang dikenali (contoh: 264,5 atau 264.5).`);
  return ok(Number(normal));
}

export function parseYear(cell: Cell | undefined): Parsed<number | null> {
  const text = parseText(cell);
  if (text == null) return ok(null);
  const year = typeof cell === "number" ? cell : /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return fail(`Tahun ${quoted(text)} tidak valid; isi tahun 2000–2100.`);
  return ok(year);
}

const TYPE_WORDS: Record<string, InstitutionType> = {
  kementerian: "kementerian",
  kemen: "kementerian",
  kemenko: "kementerian",
  kementeriankoordinator: "kementerian",
  lembaga: "lembaga",
  badan: "lembaga",
  lpnk: "lembaga",
  lembaganonkementerian: "lembaga",
  lembagapemerintahnonkementerian: "lembaga",
  lembaganonstruktural: "lembaga",
  lns: "lembaga",
  provinsi: "provinsi",
  prov: "provinsi",
  pemprov: "provinsi",
  pemerintahprovinsi: "provinsi",
  kabupaten: "kabupaten",
  kab: "kabupaten",
  pemkab: "kabupaten",
  pemerintahkabupaten: "kabupaten",
  kota: "kota",
  kotamadya: "kota",
  pemkot: "kota",
  pemko: "kota",
  pemerintahkota: "kota",
};

export function parseInstitutionType(cell: Cell | undefined): Parsed<InstitutionType | null> {
  const text = parseText(cell);
  if (text == null) return ok(null);
  const type = TYPE_WORDS[wordKey(text)];
  return type ? ok(type) : fail(`Jenis instansi ${quoted(text)} tidak dikenal; pilihan: ${listed(INSTITUTION_TYPES)}.`);
}

const EVALUATOR_WORDS: Record<string, Evaluator> = {
  kasn: "kasn",
  komisiaparatursipilnegara: "kasn",
  kemenpanrbbkn: "kemenpanrb_bkn",
  kemenpanrb: "kemenpanrb_bkn",
  kemenpan: "kemenpanrb_bkn",
  menpanrb: "kemenpanrb_bkn",
  bkn: "kemenpanrb_bkn",
  badankepegawaiannegara: "kemenpanrb_bkn",
  bkndankemenpanrb: "kemenpanrb_bkn",
  kemenpanrbdanbkn: "kemenpanrb_bkn",
  bknkemenpanrb: "kemenpanrb_bkn",
  bkdprovinsi: "bkd_provinsi",
  bkd: "bkd_provinsi",
  bkdprov: "bkd_provinsi",
  badankepegawaiandaerah: "bkd_provinsi",
  badankepegawaiandaerahprovinsi: "bkd_provinsi",
};

export function parseEvaluator(cell: Cell | undefined): Parsed<Evaluator | null> {
  const text = parseText(cell);
  if (text == null) return ok(null);
  const evaluator = EVALUATOR_WORDS[wordKey(text)];
  return evaluator ? ok(evaluator) : fail(`Penilai ${quoted(text)} tidak dikenal; pilihan: KASN, KemenPAN-RB/BKN, BKD Provinsi.`);
}

const STATUS_WORDS: Record<string, EvaluationStatus> = {
  evaluated: "evaluated",
  dinilai: "evaluated",
  dievaluasi: "evaluated",
  sudahdinilai: "evaluated",
  notevaluated: "not_evaluated",
  tidakdinilai: "not_evaluated",
  belumdinilai: "not_evaluated",
  tidakdievaluasi: "not_evaluated",
  belumdievaluasi: "not_evaluated",
};

export function parseStatus(cell: Cell | undefined): Parsed<EvaluationStatus | null> {
  const text = parseText(cell);
  if (text == null) return ok(null);
  const status = STATUS_WORDS[wordKey(text)];
  return status ? ok(status) : fail(`Status ${quoted(text)} tidak dikenal; pilihan: dinilai, tidak dinilai.`);
}

/** A category of `scheme`, by name or code ("Sangat Baik", "sangat-baik"), ignoring case. */
export function parseCategory(scheme: SchemeDef, cell: Cell | undefined): Parsed<CategoryDef | null> {
  const text = parseText(cell);
  if (text == null) return ok(null);
  const category = findCategory(scheme, text);
  if (category) return ok(category);
  const names = sortedCategories(scheme).map((c) => c.name);
  return fail(`Kategori ${quoted(text)} tidak ada dalam skema ${scheme.name}; pilihan: ${listed(names)}.`);
}

/** An address by the one rule of lib/validation/web-url.ts (http or https, complete); anything else is refused. */
export function parseUrl(cell: Cell | undefined): Parsed<string | null> {
  const text = cell == null ? "" : String(cell).trim();
  if (!text) return ok(null);
  const url = webUrlOf(text);
  return url ? ok(url) : fail(`Tautan sumber ${quoted(text)} tidak valid; harus alamat lengkap yang diawali http:// atau https://.`);
}
