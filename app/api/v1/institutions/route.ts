// GET /api/v1/institutions — the index with its filters (?q, jenis, provinsi, tahun, kategori,
// urut, hal, per); ?format=csv downloads every matching row.
import { csvResponse, toCsv } from "@/lib/api/csv";
import { perPageParam, RESULT_COLUMNS, resultCsvRow, resultJson } from "@/lib/api/results";
import { parseIndexFilters } from "@/lib/public/filters";
import { EVERY_ROW } from "@/lib/queries/arguments";
import { getIndexView } from "@/lib/queries/public";

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filters = parseIndexFilters(params);
  if (params.format === "csv") {
    const view = await getIndexView({ ...filters, page: 1, pageSize: EVERY_ROW });
    return csvResponse(toCsv(RESULT_COLUMNS, view.rows.map(resultCsvRow)), "jejak-merit-instansi.csv");
  }
  const per = perPageParam.parse(params.per);
  const view = await getIndexView({ ...filters, pageSize: per });
  return Response.json({
    total: view.total,
    page: view.page,
    pageCount: view.pageCount,
    perPage: per,
    categoryCounts: view.categoryCounts,
    items: view.rows.map(resultJson),
  });
}
