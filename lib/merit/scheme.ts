// The schemes we know of, and questions about a scheme: which applies to a year and its
// categories in order (whether a definition is coherent: ./scheme-rules.ts).
import type { CategoryDef, SchemeDef } from "./types";

export const MERIT_2019: SchemeDef = {
  code: "merit-2019",
  name: "Sistem Merit 2019–2025",
  nameEn: "Merit system 2019–2025",
  validFromYear: 2019,
  validToYear: 2025,
  scale: { min: 0, max: 400, step: 0.5 },
  categories: [
    { code: "buruk", name: "Buruk", nameEn: "Poor", rank: 1, lowerBound: 0, reevaluateAfterYears: 1 },
    { code: "kurang", name: "Kurang", nameEn: "Fair", rank: 2, lowerBound: 175, reevaluateAfterYears: 1 },
    { code: "baik", name: "Baik", nameEn: "Good", rank: 3, lowerBound: 250, reevaluateAfterYears: 1 },
    { code: "sangat-baik", name: "Sangat Baik", nameEn: "Very good", rank: 4, lowerBound: 325, reevaluateAfterYears: 2 },
  ],
  aspects: [
    { code: "perencanaan-kebutuhan", name: "Perencanaan kebutuhan", nameEn: "Needs planning", position: 1, maxScore: 40 },
    { code: "pengadaan", name: "Pengadaan", nameEn: "Recruitment", position: 2, maxScore: 40 },
    { code: "pengembangan-karier", name: "Pengembangan karier", nameEn: "Career development", position: 3, maxScore: 130 },
    { code: "promosi-mutasi", name: "Promosi dan mutasi", nameEn: "Promotion and transfer", position: 4, maxScore: 40 },
    { code: "manajemen-kinerja", name: "Manajemen kinerja", nameEn: "Performance management", position: 5, maxScore: 80 },
    {
      code: "penggajian-penghargaan-disiplin",
      name: "Penggajian, penghargaan dan disiplin",
      nameEn: "Pay, rewards and discipline",
      position: 6,
      maxScore: null,
    },
    { code: "perlindungan-pelayanan", name: "Perlindungan dan pelayanan", nameEn: "Protection and services", position: 7, maxScore: null },
    { code: "sistem-informasi", name: "Sistem informasi", nameEn: "Information systems", position: 8, maxScore: null },
  ],
};

// PermenPANRB 19/2025. The level bounds come from a secondary source: "Tinggi 0.81–1, Maju > 1".
export const MERIT_2026: SchemeDef = {
  code: "merit-2026",
  name: "Indeks Sistem Merit 2026",
  nameEn: "Merit system index 2026",
  validFromYear: 2026,
  validToYear: null,
  scale: { min: 0, max: 1.5, step: 0.001 },
  categories: [
    { code: "dasar", name: "Dasar", nameEn: "Basic", rank: 1, lowerBound: 0, reevaluateAfterYears: 1 },
    { code: "lanjutan", name: "Lanjutan", nameEn: "Developing", rank: 2, lowerBound: 0.41, reevaluateAfterYears: 1 },
    { code: "menengah", name: "Menengah", nameEn: "Intermediate", rank: 3, lowerBound: 0.61, reevaluateAfterYears: 1 },
    { code: "tinggi", name: "Tinggi", nameEn: "High", rank: 4, lowerBound: 0.81, reevaluateAfterYears: 1 },
    { code: "maju", name: "Maju", nameEn: "Advanced", rank: 5, lowerBound: 1.001, reevaluateAfterYears: 1 },
  ],
  aspects: [
    ["perencanaan-standar-jabatan", "Perencanaan kebutuhan dan standar jabatan", "Needs planning and job standards"],
    ["manajemen-talenta", "Manajemen talenta", "Talent management"],
    ["manajemen-kinerja", "Manajemen kinerja", "Performance management"],
    ["pengembangan-kompetensi", "Pengembangan kompetensi", "Competency development"],
    ["budaya-kerja-citra", "Budaya kerja dan citra institusi", "Work culture and institutional image"],
    ["penghargaan-pengakuan", "Penghargaan dan pengakuan", "Rewards and recognition"],
    ["disiplin-pemberhentian-banding", "Disiplin, pemberhentian dan banding", "Discipline, dismissal and appeals"],
    ["digitalisasi", "Digitalisasi", "Digitalisation"],
  ].map(([code, name, nameEn], i) => ({ code, name, nameEn, position: i + 1, maxScore: null })),
  provisional: true,
  components: [
    { code: "kematangan", name: "Kematangan", nameEn: "Maturity", position: 1, weightPercent: 75, subtracted: false },
    { code: "kepuasan-keterikatan", name: "Kepuasan dan keterikatan pegawai", nameEn: "Employee satisfaction and engagement", position: 2, weightPercent: 25, subtracted: false },
    { code: "koreksi-pelanggaran", name: "Koreksi pelanggaran", nameEn: "Violation correction", position: 3, weightPercent: null, subtracted: true },
  ],
};

export function schemeForYear(schemes: SchemeDef[], year: number): SchemeDef | null {
  return schemes.find((s) => s.validFromYear <= year && (s.validToYear == null || year <= s.validToYear)) ?? null;
}

export function sortedCategories(scheme: SchemeDef): CategoryDef[] {
  return [...scheme.categories].sort((a, b) => a.rank - b.rank);
}

const categoryKey = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, "");

/** Finds a category by code or name, ignoring case, spaces and hyphens ("SANGAT BAIK" = "sangat-baik"). */
export function findCategory(scheme: SchemeDef, codeOrName: string): CategoryDef | null {
  const key = categoryKey(codeOrName.trim());
  if (!key) return null;
  return scheme.categories.find((c) => categoryKey(c.code) === key || categoryKey(c.name) === key) ?? null;
}

export function findCategoryByCode(scheme: SchemeDef, code: string): CategoryDef | null {
  return scheme.categories.find((c) => c.code === code) ?? null;
}
