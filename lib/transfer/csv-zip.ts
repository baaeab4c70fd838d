// The dataset document as a zip of CSV files, one per table, for spreadsheet users.
// Cells that look like formulas are neutralised by toCsv.
import { strToU8, zipSync } from "fflate";
import { toCsv } from "@/lib/csv";
import type { DatasetDocument } from "./dataset";

export function datasetCsvZip(doc: DatasetDocument): Uint8Array {
  const table = (header: string[], rows: unknown[][]) => strToU8(toCsv(header, rows));
  const files: Record<string, Uint8Array> = {
    "provinces.csv": table(
      ["code", "name", "slug"],
      doc.provinces.map((p) => [p.code, p.name, p.slug]),
    ),
    "schemes.csv": table(
      ["code", "name", "name_en", "valid_from_year", "valid_to_year", "scale_min", "scale_max", "scale_step", "status", "provisional"],
      doc.schemes.map((s) => [s.code, s.name, s.nameEn, s.validFromYear, s.validToYear, s.scaleMin, s.scaleMax, s.scaleStep, s.status, s.provisional]),
    ),
    "scheme_categories.csv": table(
      ["scheme", "code", "name", "name_en", "rank", "lower_bound", "reevaluate_after_years"],
      doc.schemes.flatMap((s) => s.categories.map((c) => [s.code, c.code, c.name, c.nameEn, c.rank, c.lowerBound, c.reevaluateAfterYears])),
    ),
    "scheme_aspects.csv": table(
      ["scheme", "code", "name", "name_en", "position", "max_score"],
      doc.schemes.flatMap((s) => s.aspects.map((a) => [s.code, a.code, a.name, a.nameEn, a.position, a.maxScore])),
    ),
    "scheme_components.csv": table(
      ["scheme", "code", "name", "name_en", "position", "weight_percent", "subtracted"],
      doc.schemes.flatMap((s) => s.components.map((c) => [s.code, c.code, c.name, c.nameEn, c.position, c.weightPercent, c.subtracted])),
    ),
    "institutions.csv": table(
      ["slug", "name", "short_name", "type", "status", "province_code", "kemendagri_code", "successors", "note"],
      doc.institutions.map((i) => [i.slug, i.name, i.shortName, i.type, i.status, i.provinceCode, i.kemendagriCode, i.successors.join(" "), i.note]),
    ),
    "aliases.csv": table(
      ["institution", "alias"],
      doc.institutions.flatMap((i) => i.aliases.map((a) => [i.slug, a])),
    ),
    "evaluations.csv": table(
      [
        "institution",
        "year",
        "round",
        "scheme",
        "status",
        "not_evaluated_reason",
        "score",
        "self_assessed_score",
        "category",
        "announced_at",
        "evaluator",
        "publication",
        "verified_at",
        "note",
      ],
      doc.evaluations.map((e) => [
        e.institution,
        e.year,
        e.round,
        e.scheme,
        e.status,
        e.notEvaluatedReason,
        e.score,
        e.selfAssessedScore,
        e.category,
        e.announcedAt,
        e.evaluator,
        e.publication,
        e.verifiedAt,
        e.note,
      ]),
    ),
    "aspect_scores.csv": table(
      ["institution", "year", "round", "aspect", "score"],
      doc.evaluations.flatMap((e) => Object.entries(e.aspectScores).map(([code, score]) => [e.institution, e.year, e.round, code, score])),
    ),
    "sub_scores.csv": table(
      ["institution", "year", "round", "code", "name", "value", "scale_max", "label"],
      doc.evaluations.flatMap((e) => e.subScores.map((s) => [e.institution, e.year, e.round, s.code, s.name, s.value, s.scaleMax, s.label])),
    ),
    "sources.csv": table(
      ["institution", "year", "round", "position", "url", "title", "publisher", "published_at", "document_ref"],
      doc.evaluations.flatMap((e) => e.sources.map((s, i) => [e.institution, e.year, e.round, i, s.url, s.title, s.publisher, s.publishedAt, s.documentRef])),
    ),
    "rounds.csv": table(
      [
        "code",
        "year",
        "scheme",
        "evaluator",
        "announced_on",
        "name",
        "name_en",
        "city",
        "venue",
        "sangat_baik_count",
        "baik_count",
        "total_count",
        "breakdown",
        "source_urls",
        "notes",
      ],
      doc.rounds.map((r) => [
        r.code,
        r.year,
        r.scheme,
        r.evaluator,
        r.announcedOn,
        r.name,
        r.nameEn,
        r.city,
        r.venue,
        r.sangatBaikCount,
        r.baikCount,
        r.totalCount,
        r.breakdown,
        r.sourceUrls.join(" "),
        r.notes,
      ]),
    ),
  };
  // A fixed timestamp keeps the archive byte-identical for identical data.
  return zipSync(files, { mtime: new Date("2020-01-01T00:00:00Z") });
}
