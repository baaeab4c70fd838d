// The downloadable import template (canonical header, two example rows) and the description of
// every column for the help table, in Indonesian.
import Papa from "papaparse";
import { CANONICAL_COLUMNS, COLUMN_ALIASES, type CanonicalColumn } from "./columns";

export type ColumnDoc = {
  column: CanonicalColumn;
  aliases: string[];
  requirement: "wajib" | "salah satu wajib" | "opsional";
  description: string;
  example: string;
};

// The template's two rows: a published result and a year without evaluation (biennial cycle).
const TEMPLATE_ROWS: Record<CanonicalColumn, [string, string]> = {
  institution_name: ["Kota Pekalongan", "Kota Pekalongan"],
  institution_type: ["kota", "kota"],
  province: ["Jawa Tengah", "Jawa Tengah"],
  year: ["2023", "2024"],
  category: ["Sangat Baik", ""],
  score: ["327", ""],
  self_score: ["", ""],
  status: ["dinilai", "tidak dinilai"],
  announced_at: ["2023-12-07", ""],
  evaluator: ["KASN", ""],
  round: ["", ""],
  source_url: ["https://www.pekalongan-news.com/2023/12/kinerja-luar-biasa-pemkot-pekalongan.html", ""],
  source_title: ["Kinerja luar biasa Pemkot Pekalongan", ""],
  publisher: ["pekalongan-news.com", ""],
};

const DESCRIPTIONS: Record<CanonicalColumn, Pick<ColumnDoc, "requirement" | "description" | "example">> = {
  institution_name: {
    requirement: "wajib",
    description: "Nama instansi seperti di registri, atau nama lain yang dikenal (Pemkot, Pemkab, Pemprov, singkatan).",
    example: "Pemkot Pekalongan",
  },
  institution_type: {
    requirement: "opsional",
    description: "kementerian, lembaga, provinsi, kabupaten atau kota. Membedakan Kota dan Kabupaten bernama sama.",
    example: "kota",
  },
  province: {
    requirement: "opsional",
    description: "Provinsi instansi; dipakai bila nama cocok dengan lebih dari satu instansi.",
    example: "Jawa Tengah",
  },
  year: {
    requirement: "wajib",
    description: "Tahun penilaian (bukan tahun pengumuman), 2000–2100, dalam periode salah satu skema.",
    example: "2023",
  },
  category: {
    requirement: "salah satu wajib",
    description: "Kategori dalam skema tahun itu, mis. Buruk, Kurang, Baik, Sangat Baik. Harus sesuai dengan nilai bila keduanya diisi.",
    example: "Sangat Baik",
  },
  score: {
    requirement: "salah satu wajib",
    description: "Nilai terverifikasi; koma atau titik sebagai tanda desimal. Bila kategori kosong, kategori diambil dari nilai.",
    example: "264,5",
  },
  self_score: { requirement: "opsional", description: "Nilai penilaian mandiri, dengan aturan yang sama seperti nilai.", example: "280" },
  status: {
    requirement: "salah satu wajib",
    description: "dinilai atau tidak dinilai. Kosong berarti dinilai bila ada kategori atau nilai.",
    example: "tidak dinilai",
  },
  announced_at: {
    requirement: "opsional",
    description: "Tanggal pengumuman: 2023-12-07, 7/12/2023 (hari/bulan/tahun) atau 7 Desember 2023.",
    example: "7 Desember 2023",
  },
  evaluator: {
    requirement: "opsional",
    description:
      "KASN, KemenPAN-RB/BKN atau BKD Provinsi. Bersama tanggal pengumuman menentukan putaran hasil itu; penilai dan tanggal yang belum punya putaran membuka putaran baru.",
    example: "KemenPAN-RB",
  },
  round: {
    requirement: "opsional",
    description: "Kode putaran (lihat /metodologi), bila penilai dan tanggal tidak cukup. Kosong: putaran tahun itu menurut penilai dan tanggal pengumuman.",
    example: "2024-kasn-2024-05-29",
  },
  source_url: {
    requirement: "opsional",
    description: "Alamat berita atau dokumen sumber, diawali http:// atau https://.",
    example: "https://www.pekalongan-news.com/2023/12/kinerja-luar-biasa-pemkot-pekalongan.html",
  },
  source_title: { requirement: "opsional", description: "Judul sumber.", example: "Kinerja luar biasa Pemkot Pekalongan" },
  publisher: {
    requirement: "opsional",
    description: "Penerbit sumber; kosong berarti nama situs dari alamatnya.",
    example: "pekalongan-news.com",
  },
};

export const FORMAT_DOC: ColumnDoc[] = CANONICAL_COLUMNS.map((column) => ({ column, aliases: COLUMN_ALIASES[column], ...DESCRIPTIONS[column] }));

/** UTF-8 with a BOM so Excel opens it with the right accents. Empty cells keep stored values on import. */
export function templateCsv(): string {
  const data = [0, 1].map((i) => CANONICAL_COLUMNS.map((c) => TEMPLATE_ROWS[c][i]));
  return `\uFEFF${Papa.unparse({ fields: [...CANONICAL_COLUMNS], data })}\r\n`;
}
