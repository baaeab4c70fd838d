// Import files and answers for tests and benchmarks that write through the import route:
// one CSV row per result, its category the one the year's scheme gives the score, and the
// last line of the route's NDJSON answer.
import { MERIT_2019, MERIT_2026, categoryForScore, schemeForYear } from "../lib/merit";

export const IMPORT_HEADER = "nama_instansi;jenis;provinsi;tahun;predikat;nilai;sumber";

export type ImportInstitution = { name: string; type: string; province: string | null };

/** One CSV row: `score` in `year` under that year's scheme, with its category (throws if the scheme refuses it). */
export function resultRow(inst: ImportInstitution, year: number, score: number, source = "") {
  const scheme = schemeForYear([MERIT_2019, MERIT_2026], year)!;
  const band = categoryForScore(scheme, score);
  if (!band.ok) throw new Error(`score ${score} is outside ${scheme.code}`);
  return [inst.name, inst.type, inst.province ?? "", year, band.category.name, String(score).replace(".", ","), source].join(";");
}

export type ImportAnswer = { result?: { batchId?: string; created?: number; updated?: number }; error?: string };

/** The import's last line (its result or error); empty when the body is not the import's answer (cut off, empty). */
export function importAnswer(body: string): ImportAnswer {
  try {
    return JSON.parse(body.trim().split("\n").at(-1) || "{}");
  } catch {
    return {};
  }
}
