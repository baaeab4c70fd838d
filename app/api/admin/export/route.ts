// GET /api/admin/export?format=json|zip — the full dataset, drafts included, for backup
// (admins only). The public, published-only data lives under /api/v1.
import { currentActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { datasetCsvZip } from "@/lib/transfer/csv-zip";
import { exportDataset } from "@/lib/transfer/dataset";

export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return Response.json({ error: "unauthorized", message: "Silakan masuk terlebih dahulu." }, { status: 401 });
  if (actor.role !== "admin") return Response.json({ error: "forbidden", message: "Hanya admin yang dapat mengekspor seluruh data." }, { status: 403 });
  const doc = await exportDataset(await getDb());
  const stamp = new Date().toISOString().slice(0, 10);
  const headers = { "cache-control": "private, no-store" };
  if (new URL(request.url).searchParams.get("format") === "zip") {
    return new Response(Buffer.from(datasetCsvZip(doc)), {
      headers: { ...headers, "content-type": "application/zip", "content-disposition": `attachment; filename="jejak-merit-${stamp}.zip"` },
    });
  }
  return new Response(JSON.stringify(doc), {
    headers: { ...headers, "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="jejak-merit-${stamp}.json"` },
  });
}
