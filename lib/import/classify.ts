// Classifies parsed rows against a snapshot of the database: which institution and year each
// row is, whether it is new, changes a stored evaluation or leaves it as is, and what is wrong.
import { schemeForYear, type RoundDef, type SchemeDef } from "@/lib/merit";
import { changesFrom, type FieldChange } from "./diff";
import { createMatcher, type MatchQuery, type RegistryInstitution } from "./match";
import { buildRecord, type ExistingEvaluation, type ImportRecord } from "./record";
import { roundOfRow, type RowRound } from "./rounds";
import { quoted } from "./text";
import type { ParsedFile, Problem, RawRow } from "./types";
import { parseInstitutionType, parseText, parseYear } from "./values";

/** `rounds`: the stored rounds of the file's years. */
export type ImportSnapshot = { institutions: RegistryInstitution[]; schemes: SchemeDef[]; rounds: RoundDef[]; existing: ExistingEvaluation[] };

export type RowKind = "new" | "update" | "unchanged" | "warning" | "error";

export type ClassifiedRow = {
  rowNumber: number;
  /** "warning" rows are importable: `action` says what they would do. */
  kind: RowKind;
  action: "create" | "update" | "none" | null;
  problems: Problem[];
  institutionId: string | null;
  institutionName: string | null;
  /** The name as the file wrote it, so a row that matched nothing still says whom it meant. */
  typedName: string | null;
  year: number | null;
  schemeCode: string | null;
  /** The round the row lands in, stored or new; null when it cannot be told. */
  round: RowRound | null;
  /** Null exactly when the row has an error. */
  record: ImportRecord | null;
  changes: FieldChange[];
  /** Registry institutions the row may mean, when its name is unknown, ambiguous or of another type. */
  suggestions: { id: string; name: string }[];
};

export type Preview = {
  summary: Record<"total" | RowKind, number>;
  rows: ClassifiedRow[];
  fileErrors: string[];
  fileWarnings: string[];
};

function periods(schemes: SchemeDef[]): string {
  return schemes.map((s) => `${s.validFromYear}–${s.validToYear ?? ""}`).join(", ");
}

/** Whom a row names, as the registry is asked for it; null when it names no one. */
export function institutionQuery(row: RawRow): MatchQuery | null {
  const name = parseText(row.record.institution_name);
  if (!name) return null;
  const type = parseInstitutionType(row.record.institution_type);
  return { name, type: type.ok ? type.value : null, province: parseText(row.record.province) };
}

export function classifyRows(parsed: ParsedFile, snapshot: ImportSnapshot): Preview {
  const match = createMatcher(snapshot.institutions);
  // One result per institution and round: rows and stored results are keyed so.
  const existingByKey = new Map(snapshot.existing.map((e) => [`${e.institutionId}|${e.round}`, e]));
  const firstRowOf = new Map<string, number>();
  const rows = parsed.fileErrors.length ? [] : parsed.rows.map(classify);
  const summary: Preview["summary"] = { total: rows.length, new: 0, update: 0, unchanged: 0, warning: 0, error: 0 };
  for (const row of rows) summary[row.kind]++;
  return { summary, rows, fileErrors: parsed.fileErrors, fileWarnings: parsed.fileWarnings };

  function classify(row: RawRow): ClassifiedRow {
    const problems: Problem[] = [...row.problems];
    const error = (field: Problem["field"], message: string) => problems.push({ field, message, severity: "error" });
    const result: ClassifiedRow = {
      rowNumber: row.rowNumber,
      kind: "error",
      action: null,
      problems,
      institutionId: null,
      institutionName: null,
      typedName: null,
      year: null,
      schemeCode: null,
      round: null,
      record: null,
      changes: [],
      suggestions: [],
    };
    const query = institutionQuery(row);
    result.typedName = query?.name ?? null;
    const type = parseInstitutionType(row.record.institution_type);
    if (!type.ok) error("institution_type", type.reason);
    if (!query) error("institution_name", "Nama instansi kosong.");
    else {
      const found = match(query);
      if (found.kind === "matched") {
        result.institutionId = found.institution.id;
        result.institutionName = found.institution.name;
        for (const message of found.warnings) problems.push({ field: "institution_name", message, severity: "warning" });
      } else {
        error(found.kind === "wrong_type" ? "institution_type" : "institution_name", found.message);
        result.suggestions = found.suggestions.map((s) => ({ id: s.id, name: s.name }));
      }
    }
    const year = parseYear(row.record.year);
    if (!year.ok) error("year", year.reason);
    else if (year.value == null) error("year", "Tahun kosong.");
    else result.year = year.value;
    const scheme = result.year == null ? null : schemeForYear(snapshot.schemes, result.year);
    if (result.year != null && !scheme) {
      error("year", `Tahun ${result.year} tidak tercakup skema penilaian mana pun (tersedia: ${periods(snapshot.schemes)}).`);
    }
    result.schemeCode = scheme?.code ?? null;
    if (scheme && result.year != null) {
      const found = roundOfRow(snapshot.rounds, row, result.year);
      if ("error" in found) error("round", found.error);
      else result.round = found.round;
    }

    const key = result.institutionId && result.round ? `${result.institutionId}|${result.round.code}` : null;
    const existing = (key && existingByKey.get(key)) || null;
    const built = buildRecord(row.record, scheme, existing);
    problems.push(...built.problems);
    if (key) {
      const first = firstRowOf.get(key);
      if (first === undefined) firstRowOf.set(key, row.rowNumber);
      else
        error(
          "row",
          `Duplikat: ${quoted(result.institutionName ?? "")} pada putaran ${result.round!.label} (tahun ${result.year}) sudah ada di baris ${first}; satu instansi hanya punya satu hasil per putaran.`,
        );
    }
    if (problems.some((p) => p.severity === "error") || !built.record) return result;

    result.record = built.record;
    result.changes = existing ? changesFrom(existing, built.record) : [];
    result.action = !existing ? "create" : result.changes.length ? "update" : "none";
    const kinds = { create: "new", update: "update", none: "unchanged" } as const;
    result.kind = problems.length ? "warning" : kinds[result.action];
    return result;
  }
}
