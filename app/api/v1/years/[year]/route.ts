// GET /api/v1/years/:year — counts per category, the rounds and the results of one
// evaluated year, a page at a time (hal/page, per/per_page: 25 by default, at most
// 1000); ?format=csv downloads every result of the year.
import { YearPage } from "@/lib/api/contract";
import { toCsv } from "@/lib/csv";
import { csvAnswer, errorAnswer, jsonAnswer } from "@/lib/api/http";
import { API_PAGE_SIZE, parseParams } from "@/lib/api/params";
import { YEAR_ROUTE } from "@/lib/api/routes";
import { RESULT_COLUMNS, resultCsvRow, resultJson } from "@/lib/api/results";
import { isYear } from "@/lib/queries/arguments";
import { getDatasetStamp } from "@/lib/cache/dataset";
import { getYearSummary, getYearView } from "@/lib/queries/public";
import type { Round } from "@/lib/public/dataset";
import { evaluatorName } from "@/lib/evaluations/rounds";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/years/[year]">) {
  const { year: raw } = await params;
  const parsed = parseParams(new URL(request.url).searchParams, YEAR_ROUTE.query);
  if (!parsed.ok) return errorAnswer(400, parsed.error);
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  const notFound = () => errorAnswer(404, { error: "not_found", message: `No evaluation scheme covers year "${raw.slice(0, 20)}".` });
  if (!isYear(year)) return notFound();
  const { page = 1, perPage = API_PAGE_SIZE, format } = parsed.values;
  if (format === "csv") {
    const view = await getYearView(year);
    if (!view.scheme) return notFound();
    return csvAnswer(request, toCsv(RESULT_COLUMNS, view.results.map(resultCsvRow)), `jejak-merit-${year}.csv`, await getDatasetStamp());
  }
  // A JSON page reads its own cached slice, never the whole year.
  const view = await getYearSummary(year, perPage, page);
  if (!view.scheme) return notFound();
  return jsonAnswer(
    request,
    YearPage,
    {
      year,
      scheme: view.scheme.code,
      counts: view.counts.map((c) => ({ category: c.category.name, categoryCode: c.category.code, count: c.count })),
      ceremony: legacyCeremony(view.rounds),
      rounds: view.rounds.map((r) => ({
        code: r.code,
        year: r.year,
        scheme: r.schemeCode,
        evaluator: r.evaluator,
        announcedOn: r.announcedOn,
        name: r.name,
        nameEn: r.nameEn,
        city: r.city,
        venue: r.venue,
        sourceUrls: r.sourceUrls,
      })),
      page: view.page,
      pageCount: view.pageCount,
      perPage,
      resultsTotal: view.resultsTotal,
      notEvaluatedTotal: view.notEvaluatedTotal,
      results: view.results.map(resultJson),
      notEvaluated: view.notEvaluated,
    },
    await getDatasetStamp(),
  );
}

/** The 1.0 shape of a year's announcement: its latest round with a day and a place. */
function legacyCeremony(rounds: Round[]) {
  const r = rounds.findLast((x) => x.announcedOn && x.city);
  if (!r) return null;
  return {
    roundYear: r.year,
    date: r.announcedOn!,
    city: r.city!,
    venue: r.venue,
    evaluator: evaluatorName(r.evaluator),
    sangatBaikCount: r.sangatBaikCount,
    baikCount: r.baikCount,
    totalCount: r.totalCount,
    breakdown: r.breakdown,
    sourceUrl: r.sourceUrls[0] ?? "",
    notes: r.notes,
  };
}
