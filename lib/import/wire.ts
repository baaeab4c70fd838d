// What the import routes send and the workbench reads: the routes build their bodies here and
// the client imports only these types, so the two cannot drift apart.
import type { Preview } from "./classify";

/** POST /api/admin/import/preview: every row with what it would do and why, nothing written. */
export function previewBody(preview: Preview) {
  return {
    summary: preview.summary,
    fileErrors: preview.fileErrors,
    fileWarnings: preview.fileWarnings,
    rows: preview.rows.map((r) => ({
      rowNumber: r.rowNumber,
      kind: r.kind,
      action: r.action,
      institutionName: r.institutionName,
      typedName: r.typedName,
      year: r.year,
      round: r.round ? { code: r.round.code, label: r.round.label, isNew: r.round.isNew } : null,
      problems: r.problems,
      changes: r.changes,
      suggestions: r.suggestions.map((s) => s.name),
      category: r.record?.categoryCode ?? null,
      score: r.record?.score ?? null,
    })),
  };
}
export type PreviewBody = ReturnType<typeof previewBody>;
export type PreviewRow = PreviewBody["rows"][number];

export type CommitResult = { batchId: string; created: number; updated: number; skipped: number };

/** POST /api/admin/import/commit answers in NDJSON: progress lines, then a result or an error. */
export type CommitLine = { done: number; total: number } | { result: CommitResult } | { error: string };
