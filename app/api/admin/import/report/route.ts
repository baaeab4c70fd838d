// POST /api/admin/import/report (multipart: file) — the refused rows as they were, with a
// "kesalahan" column saying why.
import { previewImport } from "@/lib/actions/import-batch";
import { readUpload } from "@/lib/api/staff-upload";
import { errorReportCsv } from "@/lib/import";

export async function POST(request: Request) {
  const upload = await readUpload(request);
  if (upload instanceof Response) return upload;
  const { parsed, preview } = await previewImport(upload.db, upload.actor, upload.bytes, upload.fileName);
  const base = upload.fileName.replace(/\.[^.]+$/, "").replace(/[^\w.-]+/g, "_") || "impor";
  return new Response(errorReportCsv(parsed, preview), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${base}-kesalahan.csv"`, "cache-control": "no-store" },
  });
}
