// What an import row would change in a stored evaluation, field by field, in words a reviewer reads.
import type { ExistingEvaluation, ImportRecord } from "./record";

export type ChangedField = "status" | "score" | "selfAssessedScore" | "categoryCode" | "announcedAt" | "evaluator" | "source";

export type FieldChange = { field: ChangedField; label: string; before: string | number | null; after: string | number | null };

const LABELS: Record<ChangedField, string> = {
  status: "status",
  score: "nilai",
  selfAssessedScore: "nilai mandiri",
  categoryCode: "kategori",
  announcedAt: "tanggal pengumuman",
  evaluator: "penilai",
  source: "sumber baru",
};

const same = (a: string | number | null, b: string | number | null) => (typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : a === b);

/** Empty when the row would leave the stored evaluation exactly as it is. */
export function changesFrom(existing: ExistingEvaluation, record: ImportRecord): FieldChange[] {
  const pairs: [ChangedField, string | number | null, string | number | null][] = [
    ["status", existing.status, record.status],
    ["score", existing.score, record.score],
    ["selfAssessedScore", existing.selfAssessedScore, record.selfAssessedScore],
    ["categoryCode", existing.categoryCode, record.categoryCode],
    ["announcedAt", existing.announcedAt, record.announcedAt],
    ["evaluator", existing.evaluator, record.evaluator],
  ];
  if (record.source && !existing.sourceUrls.includes(record.source.url)) pairs.push(["source", null, record.source.url]);
  return pairs.filter(([, before, after]) => !same(before, after)).map(([field, before, after]) => ({ field, label: LABELS[field], before, after }));
}
