// The canonical import columns, the header spellings people actually use for them, and the
// file-level verdict on a header row (unknown columns warn, missing required ones fail).
import { quoted } from "./text";

export const CANONICAL_COLUMNS = [
  "institution_name",
  "institution_type",
  "province",
  "year",
  "category",
  "score",
  "self_score",
  "status",
  "announced_at",
  "evaluator",
  "round",
  "source_url",
  "source_title",
  "publisher",
] as const;

export type CanonicalColumn = (typeof CANONICAL_COLUMNS)[number];

export const COLUMN_ALIASES: Record<CanonicalColumn, string[]> = {
  institution_name: ["nama_instansi", "instansi", "nama"],
  institution_type: ["jenis", "jenis_instansi", "tipe"],
  province: ["provinsi"],
  year: ["tahun"],
  category: ["predikat", "kategori"],
  score: ["nilai", "skor", "nilai_verifikasi"],
  self_score: ["nilai_mandiri", "self_assessment"],
  status: [],
  announced_at: ["tanggal", "tanggal_pengumuman"],
  evaluator: ["penilai"],
  round: ["putaran", "kode_putaran", "round_code"],
  source_url: ["sumber", "url_sumber", "tautan"],
  source_title: ["judul_sumber"],
  publisher: ["penerbit"],
};

/** Column names in Indonesian, for messages and the help table. */
export const COLUMN_LABELS: Record<CanonicalColumn, string> = {
  institution_name: "nama instansi",
  institution_type: "jenis instansi",
  province: "provinsi",
  year: "tahun",
  category: "kategori",
  score: "nilai",
  self_score: "nilai mandiri",
  status: "status",
  announced_at: "tanggal pengumuman",
  evaluator: "penilai",
  round: "putaran",
  source_url: "tautan sumber",
  source_title: "judul sumber",
  publisher: "penerbit",
};

/** "Nama Instansi", "nama_instansi" and "\uFEFFNAMA-INSTANSI" are one header. */
function headerKey(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-.]+/g, "");
}

const LOOKUP = new Map<string, CanonicalColumn>(CANONICAL_COLUMNS.flatMap((c) => [c, ...COLUMN_ALIASES[c]].map((h) => [headerKey(h), c] as const)));

export function canonicalColumn(header: string): CanonicalColumn | null {
  return LOOKUP.get(headerKey(header)) ?? null;
}

export type HeaderMapping = { columns: (CanonicalColumn | null)[]; errors: string[]; warnings: string[] };

export function mapHeaders(headers: string[]): HeaderMapping {
  const errors: string[] = [];
  const unknown: string[] = [];
  const untitled: number[] = [];
  const firstHeader = new Map<CanonicalColumn, string>();
  const columns = headers.map((header, i) => {
    const column = canonicalColumn(header);
    if (!column) {
      if (header.trim()) unknown.push(quoted(header, 40));
      else untitled.push(i + 1);
      return null;
    }
    const first = firstHeader.get(column);
    if (first !== undefined) {
      errors.push(`Kolom ${quoted(first)} dan ${quoted(header)} sama-sama berarti ${COLUMN_LABELS[column]}; hapus salah satunya.`);
      return null;
    }
    firstHeader.set(column, header);
    return column;
  });
  for (const required of ["institution_name", "year"] as const) {
    if (!firstHeader.has(required)) errors.push(`Kolom wajib tidak ada: ${COLUMN_LABELS[required]} (${required}).`);
  }
  if (!(["category", "score", "status"] as const).some((c) => firstHeader.has(c))) {
    errors.push("Perlu setidaknya satu kolom kategori, nilai (score) atau status.");
  }
  const warnings: string[] = [];
  if (unknown.length) warnings.push(`Kolom tidak dikenal diabaikan: ${unknown.join(", ")}.`);
  if (untitled.length) warnings.push(`Kolom tanpa judul diabaikan (kolom ke-${untitled.join(", ke-")}).`);
  return { columns, errors, warnings };
}
