// GET /api/v1/years/:year — counts per category, the results and the ceremony of one
// evaluation round, a page at a time (?hal, per: 25 by default, at most 1000);
// ?format=csv downloads every result of the year.
import { z } from "zod";
import { csvResponse, toCsv } from "@/lib/api/csv";
import { perPageParam, RESULT_COLUMNS, resultCsvRow, resultJson } from "@/lib/api/results";
import { isYear } from "@/lib/queries/arguments";
import { getYearSummary, getYearView } from "@/lib/queries/public";

const pageParams = z.object({
  hal: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  per: perPageParam,
});

export async function GET(request: Request, { params }: RouteContext<"/api/v1/years/[year]">) {
  const { year: raw } = await params;
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const notFound = () => Response.json({ error: "not_found", message: `No evaluation scheme covers year "${raw}".` }, { status: 404 });
  if (!isYear(year)) return notFound();
  if (query.format === "csv") {
    const view = await getYearView(year);
    if (!view.scheme) return notFound();
    return csvResponse(toCsv(RESULT_COLUMNS, view.results.map(resultCsvRow)), `jejak-merit-${year}.csv`);
  }
  // A JSON page reads its own cached slice, never the whole year.
  const { hal, per } = pageParams.parse(query);
  const view = await getYearSummary(year, per, hal);
  if (!view.scheme) return notFound();
  return Response.json({
    year,
    scheme: view.scheme.code,
    counts: view.counts.map((c) => ({ category: c.category.name, categoryCode: c.category.code, count: c.count })),
    ceremony: view.ceremony,
    page: view.page,
    pageCount: view.pageCount,
    perPage: per,
    resultsTotal: view.resultsTotal,
    notEvaluatedTotal: view.notEvaluatedTotal,
    results: view.results.map(resultJson),
    notEvaluated: view.notEvaluated,
  });
}
