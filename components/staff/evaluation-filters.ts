// The staff list of evaluations keeps its view in the address, like the public index:
// filters, sort and page read from and written to the query string, defaults left out.
export type EvaluationFilters = { q: string; year: string; publication: "" | "draft" | "published"; sort: "year" | "name" | "updated"; page: number };

export const DEFAULT_FILTERS: EvaluationFilters = { q: "", year: "", publication: "", sort: "year", page: 1 };

const PUBLICATIONS = ["draft", "published"] as const;
const SORTS = ["year", "name", "updated"] as const;
const pick = <T extends string>(allowed: readonly T[], v: string | null, fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);

/** Whatever the address says, a valid view: unknown values fall back to the defaults. */
export function filtersFromSearch(params: { get(name: string): string | null }): EvaluationFilters {
  const year = (params.get("year") ?? "").trim();
  const page = Number(params.get("page"));
  return {
    q: (params.get("q") ?? "").slice(0, 100),
    year: /^\d{4}$/.test(year) ? year : "",
    publication: pick(PUBLICATIONS, params.get("publication"), "") as EvaluationFilters["publication"],
    sort: pick(SORTS, params.get("sort"), "year"),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The query string of a view (without "?"), empty for the default view. */
export function searchOfFilters(f: EvaluationFilters): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_FILTERS) as (keyof EvaluationFilters)[]) {
    if (f[key] !== DEFAULT_FILTERS[key] && f[key] !== "") params.set(key, String(f[key]));
  }
  return params.toString();
}
