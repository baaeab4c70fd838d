// GET /api/v1/years/:year — counts per category, the results and the ceremony of one
// evaluation round; ?format=csv downloads the results.
import { csvResponse, toCsv } from "@/lib/api/csv";
import { RESULT_COLUMNS, resultCsvRow, resultJson } from "@/lib/api/results";
import { getYearView } from "@/lib/queries/public";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/years/[year]">) {
  const { year: raw } = await params;
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  const view = Number.isNaN(year) ? null : await getYearView(year);
  if (!view?.scheme) {
    return Response.json({ error: "not_found", message: `No evaluation scheme covers year "${raw}".` }, { status: 404 });
  }
  if (new URL(request.url).searchParams.get("format") === "csv") {
    return csvResponse(toCsv(RESULT_COLUMNS, view.results.map(resultCsvRow)), `jejak-merit-${year}.csv`);
  }
  return Response.json({
    year,
    scheme: view.scheme.code,
    counts: view.counts.map((c) => ({ category: c.category.name, categoryCode: c.category.code, count: c.count })),
    ceremony: view.ceremony,
    results: view.results.map(resultJson),
    notEvaluated: view.notEvaluated,
  });
}
