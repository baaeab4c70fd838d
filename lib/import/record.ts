// One row's evaluation values checked against the scheme and each other, merged onto the stored
// evaluation: an empty cell keeps what is stored, it never erases it.
import { checkResult, type EvaluationStatus, type Evaluator, type ResultProblem, type SchemeDef } from "@/lib/merit";
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
  /** Code of its round. */
  round: string;
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

/** The file column that holds each value the scheme rules check. */
const COLUMN_OF: Record<ResultProblem["field"], CanonicalColumn> = { score: "score", selfAssessedScore: "self_score", categoryCode: "category" };

const hostOf = (url: string) => new URL(url).hostname.replace(/^(www|m|amp)\./, "");

export function buildRecord(values: RawRow["record"], scheme: SchemeDef | null, existing: ExistingEvaluation | null): { record: ImportRecord | null; problems: Problem[] } {
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
  const failed = (field: CanonicalColumn) => problems.some((p) => p.field === field && p.severity === "error");
  if (!scheme || failed("status") || failed("score") || failed("category")) return { record: null, problems };

  const given = score != null || category != null;
  const finalStatus = status ?? (given ? "evaluated" : (existing?.status ?? null));
  if (!finalStatus) {
    error("row", "Baris tanpa kategori, nilai, maupun status; isi setidaknya salah satunya.");
    return { record: null, problems };
  }
  // An empty cell keeps what is stored: the score, and the category when no score is there to band.
  const kept = finalStatus === "evaluated" && existing?.status === "evaluated" ? existing : null;
  const finalScore = score ?? kept?.score ?? null;
  const checked = checkResult(scheme, {
    status: finalStatus,
    score: finalScore,
    selfAssessedScore: selfScore,
    categoryCode: category?.code ?? (finalScore == null ? (kept?.categoryCode ?? null) : null),
  });
  const storedNote = score == null && finalScore != null ? " Nilai itu sudah tercatat; isi juga kolom nilai bila nilainya berubah." : "";
  for (const p of checked.problems)
    error(COLUMN_OF[p.field], p.field === "selfAssessedScore" ? `Nilai mandiri: ${p.message}` : p.field === "categoryCode" ? `${p.message}${storedNote}` : p.message);
  const categoryCode = checked.categoryCode;
  if (problems.some((p) => p.severity === "error")) return { record: null, problems };
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
