// POST /api/admin/import/preview (multipart: file) — every row classified, nothing written.
import { previewImport } from "@/lib/actions/import-batch";
import { readUpload } from "@/lib/api/staff-upload";

export async function POST(request: Request) {
  const upload = await readUpload(request);
  if (upload instanceof Response) return upload;
  const { preview } = await previewImport(upload.db, upload.actor, upload.bytes, upload.fileName);
  return Response.json(
    {
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
        problems: r.problems,
        changes: r.changes,
        suggestions: r.suggestions.map((s) => s.name),
        category: r.record?.categoryCode ?? null,
        score: r.record?.score ?? null,
      })),
    },
    { headers: { "cache-control": "private, no-store" } },
  );
}
