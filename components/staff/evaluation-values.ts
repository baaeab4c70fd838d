// Form values of an evaluation (text as typed) from a stored snapshot; used by the
// edit page on the server and by the form when it loads the current values after a conflict.
import type { EvaluationSnapshot } from "@/lib/evaluations/snapshot";
import type { SourceRow, SubScoreRow } from "./form-parts";

export type EvaluationFormValues = {
  institutionId: string;
  year: string;
  /** A round code, "" for the year's round by evaluator, or "baru" for a new round. */
  round: string;
  status: "evaluated" | "not_evaluated";
  notEvaluatedReason: string;
  score: string;
  selfAssessedScore: string;
  categoryCode: string;
  evaluator: string;
  announcedAt: string;
  note: string;
  aspectScores: Record<string, string>;
  subScores: SubScoreRow[];
  sources: SourceRow[];
};

export const formText = (v: number | string | null | undefined) => (v == null ? "" : String(v).replace(".", ","));

export function valuesOf(s: EvaluationSnapshot): EvaluationFormValues {
  return {
    institutionId: s.institutionId,
    year: String(s.year),
    round: s.round ?? "",
    status: s.status,
    notEvaluatedReason: s.notEvaluatedReason ?? "",
    score: formText(s.score),
    selfAssessedScore: formText(s.selfAssessedScore),
    categoryCode: s.categoryCode ?? "",
    evaluator: s.evaluator ?? "",
    announcedAt: s.announcedAt ?? "",
    note: s.note ?? "",
    aspectScores: Object.fromEntries(Object.entries(s.aspectScores).map(([k, v]) => [k, formText(v)])),
    subScores: s.subScores.map((r) => ({ code: r.code, name: r.name, value: formText(r.value), scaleMax: formText(r.scaleMax), label: r.label ?? "" })),
    sources: s.sources.map((r) => ({ url: r.url ?? "", title: r.title ?? "", publisher: r.publisher ?? "", publishedAt: r.publishedAt ?? "", documentRef: r.documentRef ?? "" })),
  };
}
