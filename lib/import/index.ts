// Bulk import of evaluation results, the pure part: parse an upload, classify its rows against a
// database snapshot, and produce the error report and the template. No database, no I/O.
export { CANONICAL_COLUMNS, COLUMN_ALIASES, COLUMN_LABELS, type CanonicalColumn } from "./columns";
export { parseFile, DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, MAX_CELL_CHARS, type ParseOptions } from "./parse";
export { classifyRows, institutionQuery, type ClassifiedRow, type ImportSnapshot, type Preview, type RowKind } from "./classify";
export type { FieldChange } from "./diff";
export { createMatcher, splitLevel, type MatchQuery, type RegistryInstitution } from "./match";
export type { ExistingEvaluation, ImportRecord, ImportSource } from "./record";
export { errorReportCsv, safeCsvCell } from "./report";
export { FORMAT_DOC, templateCsv, type ColumnDoc } from "./template";
export type { Cell, ParsedFile, Problem, RawRow } from "./types";
export { previewBody, type CommitLine, type CommitResult, type PreviewBody, type PreviewRow } from "./wire";
