// GET /api/admin/export?format=json|zip — the full dataset, drafts included, for backup
// (admins only). The public, published-only data lives under /api/v1.
import { adminRoute } from "@/lib/api/staff-route";
import { datasetCsvZip } from "@/lib/transfer/csv-zip";
import { exportDataset } from "@/lib/transfer/dataset";

export const GET = adminRoute("mengekspor seluruh data", async (request, _actor, db) => {
  const doc = await exportDataset(db);
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
});
