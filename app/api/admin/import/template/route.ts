// GET /api/admin/import/template — a CSV with the columns and two example rows.
import { templateCsv } from "@/lib/import";

export function GET() {
  return new Response(templateCsv(), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="templat-impor-jejak-merit.csv"' },
  });
}
