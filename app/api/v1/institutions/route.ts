// GET /api/v1/institutions — the index with its filters (q, jenis/type, provinsi/province,
// tahun/year, kategori/category, urut/sort, hal/page, per/per_page); ?format=csv downloads
// every matching row. Any other parameter is a 400 naming it.
import { ResultPage } from "@/lib/api/contract";
import { toCsv } from "@/lib/csv";
import { csvAnswer, errorAnswer, jsonAnswer } from "@/lib/api/http";
import { API_PAGE_SIZE, parseParams } from "@/lib/api/params";
import { LIST_ROUTE } from "@/lib/api/routes";
import { RESULT_COLUMNS, resultCsvRow, resultJson } from "@/lib/api/results";
import { EVERY_ROW } from "@/lib/queries/arguments";
import { getDatasetStamp } from "@/lib/cache/dataset";
import { getIndexView } from "@/lib/queries/public";

export async function GET(request: Request) {
  const parsed = parseParams(new URL(request.url).searchParams, LIST_ROUTE.query);
  if (!parsed.ok) return errorAnswer(400, parsed.error);
  const { format, perPage, ...filters } = parsed.values;
  const q = filters.q?.trim() || undefined;
  if (format === "csv") {
    const view = await getIndexView({ ...filters, q, page: 1, pageSize: EVERY_ROW });
    return csvAnswer(request, toCsv(RESULT_COLUMNS, view.rows.map(resultCsvRow)), "jejak-merit-instansi.csv", await getDatasetStamp());
  }
  const per = perPage ?? API_PAGE_SIZE;
  const view = await getIndexView({ ...filters, q, pageSize: per });
  return jsonAnswer(
    request,
    ResultPage,
    { total: view.total, page: view.page, pageCount: view.pageCount, perPage: per, categoryCounts: view.categoryCounts, items: view.rows.map(resultJson) },
    await getDatasetStamp(),
  );
}
