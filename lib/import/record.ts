// One row's evaluation values checked against the scheme and each other, merged onto the stored
// evaluation: an empty cell keeps what is stored, it never erases it.
import { categoryForScore, checkCategoryAgreement, checkScore, describeProblem, type EvaluationStatus, type Evaluator, type SchemeDef } from "@/lib/merit";
import type { CanonicalColumn } from "./columns";
import { parseDate } from "./dates";
import type { Problem, RawRow } from "./types";
import { parseCategory, parseDecimal, parseEvaluator, parseStatus, parseText, parseUrl, type Parsed } from "./values";

export type ImportSource = { url: string; title: string | null; publisher: string | null };

/** The evaluation as it will be after the import: the full state to write, not only the row's cells. */
export type ImportRecord = {
  status: EvaluationStatus;
  score: number | null;
  selfAssessedScore: number | null;
  /** Given by the row, else the band of the score, else what is stored. */
  categoryCode: string | null;
  /** YYYY-MM-DD */
  announcedAt: string | null;
  evaluator: Evaluator | null;
  /** A source to attach (publisher defaults to the address's host); null when the row gives no address. */
  source: ImportSource | null;
};

export type ExistingEvaluation = {
  institutionId: string;
  year: number;
  status: EvaluationStatus;
  score: number | null;
  selfAssessedScore: number | null;
  categoryCode: string | null;
  /** YYYY-MM-DD */
  announcedAt: string | null;
  evaluator: Evaluator | null;
  sourceUrls: string[];
};

const hostOf = (url: string) => new URL(url).hostname.replace(/^(www|m|amp)\./, "");

export function buildRecord(
  values: RawRow["record"],
  scheme: SchemeDef | null,
  existing: ExistingEvaluation | null,
): { record: ImportRecord | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const error = (field: Problem["field"], message: string) => problems.push({ field, message, severity: "error" });
  const take = <T>(field: CanonicalColumn, parsed: Parsed<T | null>): T | null => {
    if (parsed.ok) return parsed.value;
    error(field, parsed.reason);
    return null;
  };
  const status = take("status", parseStatus(values.status));
  const score = take("score", parseDecimal(values.score, "Nilai"));
  const selfScore = take("self_score", parseDecimal(values.self_score, "Nilai mandiri"));
  const category = scheme ? take("category", parseCategory(scheme, values.category)) : null;
  const announcedAt = take("announced_at", parseDate(values.announced_at));
  const evaluator = take("evaluator", parseEvaluator(values.evaluator));
  const url = take("source_url", parseUrl(values.source_url));
  const title = parseText(values.source_title);
  const publisher = parseText(values.publisher);
  if (!url && (title || publisher)) {
    problems.push({ field: "source_url", message: "Judul dan penerbit sumber diabaikan karena tautan sumber kosong.", severity: "warning" });
  }
  if (!scheme) return { record: null, problems };

  const scoreProblem = score == null ? null : checkScore(scheme, score);
  if (scoreProblem) error("score", describeProblem(scoreProblem, "id"));
  const selfProblem = selfScore == null ? null : checkScore(scheme, selfScore);
  if (selfProblem) error("self_score", `Nilai mandiri: ${describeProblem(selfProblem, "id")}`);
  const failed = (field: CanonicalColumn) => problems.some((p) => p.field === field && p.severity === "error");
  if (failed("status") || failed("score") || failed("category")) return { record: null, problems };

  const given = score != null || category != null;
  const finalStatus = status ?? (given ? "evaluated" : (existing?.status ?? null));
  let finalScore: number | null = null;
  let categoryCode: string | null = null;
  if (!finalStatus) {
    error("row", "Baris tanpa kategori, nilai, maupun status; isi setidaknya salah satunya.");
  } else if (finalStatus === "not_evaluated") {
    if (given) error(score != null ? "score" : "category", "Baris berstatus tidak dinilai tidak boleh berisi nilai atau kategori.");
  } else {
    const kept = existing?.status === "evaluated" ? existing : null;
    finalScore = score ?? kept?.score ?? null;
    if (category && finalScore != null) {
      const agreement = checkCategoryAgreement(scheme, finalScore, category.code);
      const storedNote = score == null ? " Nilai itu sudah tercatat; isi juga kolom nilai bila nilainya berubah." : "";
      if (!agreement.ok) error("category", `${describeProblem(agreement.problem, "id")}${storedNote}`);
    }
    const band = finalScore == null ? null : categoryForScore(scheme, finalScore);
    categoryCode = category?.code ?? (band?.ok ? band.category.code : (kept?.categoryCode ?? null));
    if (finalScore == null && categoryCode == null) error("category", "Status dinilai memerlukan kategori atau nilai.");
  }
  if (!finalStatus || problems.some((p) => p.severity === "error")) return { record: null, problems };
  return {
    record: {
      status: finalStatus,
      score: finalScore,
      selfAssessedScore: selfScore ?? existing?.selfAssessedScore ?? null,
      categoryCode,
      announcedAt: announcedAt ?? existing?.announcedAt ?? null,
      evaluator: evaluator ?? existing?.evaluator ?? null,
      source: url ? { url, title, publisher: publisher ?? hostOf(url) } : null,
    },
    problems,
  };
}
