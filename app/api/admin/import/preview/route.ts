// POST /api/admin/import/preview (multipart: file) — every row classified, nothing written.
import { previewImport } from "@/lib/actions/import-batch";
import { readUpload } from "@/lib/api/staff-upload";
import { previewBody } from "@/lib/import";

export async function POST(request: Request) {
  const upload = await readUpload(request);
  if (upload instanceof Response) return upload;
  const { preview } = await previewImport(upload.db, upload.actor, upload.bytes, upload.fileName);
  return Response.json(previewBody(preview), { headers: { "cache-control": "private, no-store" } });
}
