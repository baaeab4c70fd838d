// GET /api/admin/evidence-files/<id> — an evidence file, authorised on every request and
// streamed from the database chunk by chunk. Another institution's file reads as missing.
import { currentActor } from "@/lib/auth/actor";
import { evidenceDownload } from "@/lib/queries/staff-pages";

const noStore = { "cache-control": "private, no-store" };

export async function GET(_request: Request, { params }: RouteContext<"/api/admin/evidence-files/[id]">) {
  const actor = await currentActor();
  if (!actor) return Response.json({ error: "unauthorized", message: "Silakan masuk terlebih dahulu." }, { status: 401, headers: noStore });
  const { id } = await params;
  const download = await evidenceDownload(actor, id);
  if (!download) return Response.json({ error: "not_found", message: "Berkas tidak ditemukan." }, { status: 404, headers: noStore });
  const { file, body } = download;
  return new Response(body, {
    headers: {
      ...noStore,
      "content-type": file.mimeType,
      "content-length": String(file.size),
      // Always a download: an uploaded file never renders as a page of this site.
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
    },
  });
}
