// Public views computed from the published record: the index with its filters, a year's
// results, national counts, biggest movers, peer ranks and search. Pure functions.
import { buildTrajectory, findCategoryByCode, latestEvaluated, moverSize, type Change, type SchemeDef, type TrajectoryPoint } from "@/lib/merit";
import { normalizeName } from "@/lib/registry/names";
import type { InstitutionType } from "@/lib/merit";
import type { Dataset, DatasetInstitution, Round } from "./dataset";

export type CategoryRef = { code: string; name: string; nameEn: string; rank: number; levels: number };

export type ResultRow = {
  slug: string;
  name: string;
  type: InstitutionType;
  provinceName: string | null;
  year: number | null;
  /** Code of the round of the result (Dataset.rounds). */
  round: string | null;
  score: number | null;
  category: CategoryRef | null;
  change: Change | null;
};

export const SORTS = ["name", "score", "change"] as const;
export type Sort = (typeof SORTS)[number];

export type IndexFilters = {
  q?: string;
  type?: InstitutionType;
  province?: string;
  year?: number;
  category?: string;
  sort?: Sort;
  page?: number;
  pageSize?: number;
};

const categoryRef = (scheme: SchemeDef | undefined, code: string | null): CategoryRef | null => {
  const c = scheme && code ? findCategoryByCode(scheme, code) : null;
  return c && scheme ? { code: c.code, name: c.name, nameEn: c.nameEn, rank: c.rank, levels: scheme.categories.length } : null;
};

// Every view walks every institution's trajectory; the dataset is one shared object until
// the next write, so each trajectory is built once per dataset, not once per view. The
// memos live on globalThis, as the dataset does: each route's bundle has its own copy of
// this module, and a year built for the page serves the API too.
type Memo = {
  trajectories: WeakMap<DatasetInstitution, TrajectoryPoint[]>;
  years: WeakMap<Dataset, Map<number, YearView>>;
  rounds: WeakMap<Round[], Map<string, Round>>;
};
const memo = ((globalThis as typeof globalThis & { __viewMemo?: Memo }).__viewMemo ??= { trajectories: new WeakMap(), years: new WeakMap(), rounds: new WeakMap() });
memo.rounds ??= new WeakMap();
const trajectories = memo.trajectories;

/** The dataset's rounds by code. */
export function roundsByCode(ds: Pick<Dataset, "rounds">): Map<string, Round> {
  let byCode = memo.rounds.get(ds.rounds);
  if (!byCode) memo.rounds.set(ds.rounds, (byCode = new Map(ds.rounds.map((r) => [r.code, r]))));
  return byCode;
}

/** The institution's trajectory, one point per round (shared: treat it as read-only). */
export function pointsOf(ds: Dataset, inst: DatasetInstitution): TrajectoryPoint[] {
  let points = trajectories.get(inst);
  if (!points) {
    const rounds = roundsByCode(ds);
    points = buildTrajectory(
      ds.schemes,
      inst.evaluations.map((e) => {
        const r = rounds.get(e.round);
        return { ...e, round: r ? { code: r.code, evaluator: r.evaluator, announcedOn: r.announcedOn } : null };
      }),
    );
    trajectories.set(inst, points);
  }
  return points;
}

/** Whether the name or an alias holds `key`: a search text normalised once (normalizeName) by the caller, never once per institution. */
const matchesKey = (inst: DatasetInstitution, key: string) => normalizeName(inst.name).includes(key) || inst.keys.some((k) => k.includes(key));

/** The row an institution shows: its result in `round`, else its latest result of `year`, else its latest result. */
export function resultRow(ds: Dataset, inst: DatasetInstitution, year?: number, round?: string): ResultRow {
  const points = pointsOf(ds, inst);
  const evaluated = (p: TrajectoryPoint) => p.status === "evaluated";
  const point =
    round != null ? points.find((p) => p.round?.code === round && evaluated(p)) : year != null ? points.findLast((p) => p.year === year && evaluated(p)) : latestEvaluated(points);
  const scheme = ds.schemes.find((s) => s.code === point?.schemeCode);
  return {
    slug: inst.slug,
    name: inst.name,
    type: inst.type,
    provinceName: ds.provinces.find((p) => p.code === inst.provinceCode)?.name ?? null,
    year: point?.year ?? null,
    round: point?.round?.code ?? null,
    score: point?.score ?? null,
    category: point ? categoryRef(scheme, point.category?.code ?? null) : null,
    change: point?.change ?? null,
  };
}

// One collator for every sort by name: localeCompare with a locale sets one up per call,
// which at national size made the name tie-break most of a sort's time.
const collator = new Intl.Collator("id");
const byName = (a: ResultRow, b: ResultRow) => collator.compare(a.name, b.name);
const byResult = (a: ResultRow, b: ResultRow) => (b.category?.rank ?? -1) - (a.category?.rank ?? -1) || (b.score ?? -1) - (a.score ?? -1) || byName(a, b);
const magnitude = (c: Change | null) => (c ? Math.abs(c.scoreDelta ?? 0) + Math.abs(c.rankDelta ?? 0) * 1000 : -1);

export function indexView(ds: Dataset, f: IndexFilters) {
  const pageSize = f.pageSize ?? 25;
  const key = f.q ? normalizeName(f.q) : "";
  const candidates = ds.institutions.filter(
    (i) => (!f.type || i.type === f.type) && (!f.province || i.provinceCode === f.province) && (!f.q || (key.length > 0 && matchesKey(i, key))),
  );
  // Without a search, the index lists institutions that have results; a search finds any.
  let rows = candidates.map((i) => resultRow(ds, i, f.year)).filter((r) => (f.q && f.year == null) || r.year != null);
  if (f.category) rows = rows.filter((r) => r.category?.code === f.category);
  const counts = new Map<string, number>();
  for (const r of rows) if (r.category) counts.set(r.category.code, (counts.get(r.category.code) ?? 0) + 1);
  const sort = f.sort ?? "name";
  rows.sort(sort === "score" ? byResult : sort === "change" ? (a, b) => magnitude(b.change) - magnitude(a.change) || byName(a, b) : byName);
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(Math.max(1, f.page ?? 1), pageCount);
  return {
    rows: rows.slice((page - 1) * pageSize, page * pageSize),
    total: rows.length,
    page,
    pageCount,
    categoryCounts: Object.fromEntries(counts),
  };
}

export type YearView = {
  year: number;
  scheme: SchemeDef | null;
  counts: { category: CategoryRef; count: number }[];
  results: ResultRow[];
  notEvaluated: { slug: string; name: string; reason: string | null }[];
  /** The year's rounds, earliest first. */
  rounds: Round[];
};

// A year's view, built once per dataset (and shared: treat it as read-only). It is not a
// "use cache" entry: at national size it holds thousands of rows, which the cache would
// encode on every build and decode for every page of the year.
export function yearView(ds: Dataset, year: number): YearView {
  let views = memo.years.get(ds);
  if (!views) memo.years.set(ds, (views = new Map()));
  let view = views.get(year);
  if (!view) views.set(year, (view = buildYearView(ds, year)));
  return view;
}

function buildYearView(ds: Dataset, year: number): YearView {
  const scheme = ds.schemes.find((s) => s.validFromYear <= year && (s.validToYear == null || year <= s.validToYear)) ?? null;
  const results: ResultRow[] = [];
  const notEvaluated: YearView["notEvaluated"] = [];
  // Counted once per institution: its latest round of the year.
  const latest = new Map<string, ResultRow>();
  for (const inst of ds.institutions) {
    const ofYear = inst.evaluations.filter((x) => x.year === year);
    const evaluated = ofYear.filter((e) => e.status === "evaluated");
    for (const e of evaluated) {
      const row = resultRow(ds, inst, year, e.round);
      results.push(row);
      latest.set(inst.slug, row);
    }
    if (!evaluated.length && ofYear.length) notEvaluated.push({ slug: inst.slug, name: inst.name, reason: ofYear[0].notEvaluatedReason });
  }
  results.sort(byResult);
  const counts = scheme
    ? [...scheme.categories]
        .sort((a, b) => b.rank - a.rank)
        .map((c) => ({
          category: categoryRef(scheme, c.code)!,
          count: [...latest.values()].filter((r) => r.category?.code === c.code).length,
        }))
    : [];
  return { year, scheme, counts, results, notEvaluated, rounds: ds.rounds.filter((r) => r.year === year) };
}

export type YearSummary = YearView & { resultsTotal: number; notEvaluatedTotal: number; page: number; pageCount: number };

/**
 * One page of a year: every count, and the `page`-th run of `limit` results and of
 * not-evaluated institutions. A national year holds thousands of results; the year page
 * shows the first run, the API pages through them, the CSV holds them all.
 */
export function yearSummary(view: YearView, limit: number, page = 1): YearSummary {
  const pageCount = Math.max(1, Math.ceil(Math.max(view.results.length, view.notEvaluated.length) / limit));
  const from = (Math.min(page, pageCount) - 1) * limit;
  return {
    ...view,
    results: view.results.slice(from, from + limit),
    notEvaluated: view.notEvaluated.slice(from, from + limit),
    resultsTotal: view.results.length,
    notEvaluatedTotal: view.notEvaluated.length,
    page: Math.min(page, pageCount),
    pageCount,
  };
}

/** Years that have at least one published result, ascending. */
export function yearsWithResults(ds: Dataset): number[] {
  const years = new Set<number>();
  for (const i of ds.institutions) for (const e of i.evaluations) if (e.status === "evaluated") years.add(e.year);
  return [...years].sort((a, b) => a - b);
}

/**
 * Evaluated institutions per category per year, for the national stacked chart: the counts
 * of yearView, tallied in one pass over the evaluations rather than one year view per year.
 */
export function nationalCounts(ds: Dataset) {
  const tally = new Map<string, number>(); // "year category" → institutions
  for (const inst of ds.institutions) {
    // An institution counts once a year, by its latest round (evaluations come in round order).
    const latestOfYear = new Map(inst.evaluations.filter((e) => e.status === "evaluated").map((e) => [e.year, e]));
    for (const e of latestOfYear.values()) {
      if (!e.categoryCode) continue;
      const scheme = ds.schemes.find((s) => s.code === e.schemeCode);
      if (!scheme || !findCategoryByCode(scheme, e.categoryCode)) continue;
      const key = `${e.year} ${e.categoryCode}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
  }
  return yearsWithResults(ds).map((year) => {
    const scheme = ds.schemes.find((s) => s.validFromYear <= year && (s.validToYear == null || year <= s.validToYear)) ?? null;
    const counts = scheme
      ? [...scheme.categories].sort((a, b) => b.rank - a.rank).map((c) => ({ ...categoryRef(scheme, c.code)!, count: tally.get(`${year} ${c.code}`) ?? 0 }))
      : [];
    return { year, schemeCode: scheme?.code ?? null, counts };
  });
}

export type Mover = {
  slug: string;
  name: string;
  fromYear: number;
  toYear: number;
  from: CategoryRef | null;
  to: CategoryRef | null;
  fromScore: number | null;
  toScore: number | null;
  change: Change;
};

/**
 * The largest changes in score between consecutive evaluations (a change of category counts
 * first). A change known only by its category has no number to rank by, so it is not a mover.
 */
export function biggestMovers(ds: Dataset, limit: number): Mover[] {
  if (limit <= 0) return [];
  // Kept as a short ranked list while walking every change: at national size there are
  // about 90 000 changes, and only the first `limit` ever become movers.
  type Candidate = { inst: DatasetInstitution; point: TrajectoryPoint; size: number };
  const ahead = (a: Candidate, b: Candidate) => b.size - a.size || b.point.year - a.point.year || collator.compare(a.inst.name, b.inst.name);
  const top: Candidate[] = [];
  for (const inst of ds.institutions) {
    for (const point of pointsOf(ds, inst)) {
      const size = moverSize(point.change);
      if (size == null) continue;
      const candidate = { inst, point, size };
      if (top.length === limit && ahead(candidate, top[limit - 1]) >= 0) continue;
      let at = top.length;
      while (at > 0 && ahead(candidate, top[at - 1]) < 0) at--; // after its equals: first come stays first
      top.splice(at, 0, candidate);
      if (top.length > limit) top.pop();
    }
  }
  return top.map(({ inst, point: p }) => {
    const prev = pointsOf(ds, inst).find(
      (x) => x.year === p.change!.fromYear && (p.change!.fromRound == null || x.round?.code === p.change!.fromRound) && x.status === "evaluated",
    )!;
    const scheme = ds.schemes.find((s) => s.code === p.schemeCode);
    return {
      slug: inst.slug,
      name: inst.name,
      fromYear: prev.year,
      toYear: p.year,
      from: categoryRef(scheme, prev.category?.code ?? null),
      to: categoryRef(scheme, p.category?.code ?? null),
      fromScore: prev.score,
      toScore: p.score,
      change: p.change!,
    };
  });
}

export type PeerRank = { position: number; of: number; ties: number };

/** Competition ranking (1, 2, 2, 4) by category, then score; results without either are left out. */
export function rankAmong(rows: ResultRow[], slug: string): PeerRank | null {
  const ranked = rows.filter((r) => r.category);
  const me = ranked.find((r) => r.slug === slug);
  if (!me) return null;
  const better = ranked.filter((r) => byResultOnly(r, me) < 0).length;
  const ties = ranked.filter((r) => byResultOnly(r, me) === 0).length;
  return { position: better + 1, of: ranked.length, ties };
}

const byResultOnly = (a: ResultRow, b: ResultRow) => {
  // Without both scores, only the category can order them.
  const rank = (b.category?.rank ?? -1) - (a.category?.rank ?? -1);
  if (rank !== 0 || a.score == null || b.score == null) return rank;
  return b.score - a.score;
};

/** Rank of an institution among the same type nationally and within its province, in the round of its latest result. */
export function peerRanks(ds: Dataset, slug: string) {
  const inst = ds.institutions.find((i) => i.slug === slug);
  if (!inst) return null;
  const mine = resultRow(ds, inst);
  if (mine.year == null) return null;
  const sameType = ds.institutions.filter((i) => i.type === inst.type);
  // Among the results of the same round: another round of the year is another announcement.
  const rows = sameType.map((i) => resultRow(ds, i, mine.year!, mine.round ?? undefined)).filter((r) => r.year != null);
  const inProvince = inst.provinceCode ? rows.filter((r) => sameType.find((i) => i.slug === r.slug)?.provinceCode === inst.provinceCode) : [];
  return {
    year: mine.year,
    national: rankAmong(rows, slug),
    province: inst.type === "provinsi" || !inst.provinceCode ? null : rankAmong(inProvince, slug),
  };
}

/**
 * Institutions to compare one with, among those with results: of the same type in the same
 * province first, then others in the province, then the same type elsewhere; by latest result.
 */
export function peersOf(ds: Dataset, slug: string, limit = 6) {
  const me = ds.institutions.find((i) => i.slug === slug);
  if (!me || limit <= 0) return [];
  const closeness = (i: DatasetInstitution) => (me.provinceCode && i.provinceCode === me.provinceCode ? 2 : 0) + (i.type === me.type ? 1 : 0);
  return ds.institutions
    .filter((i) => i !== me && closeness(i) > 0 && i.evaluations.some((e) => e.status === "evaluated"))
    .map((i) => ({ inst: i, close: closeness(i), row: resultRow(ds, i) }))
    .sort((a, b) => b.close - a.close || byResult(a.row, b.row))
    .slice(0, limit)
    .map(({ inst }) => ({
      slug: inst.slug,
      name: inst.name,
      type: inst.type,
      provinceName: ds.provinces.find((p) => p.code === inst.provinceCode)?.name ?? null,
    }));
}

/**
 * Years that have a page: every year some scheme covers, from the first to the current one
 * (a year under way has a page before its results), and any year with results.
 */
export function yearPages(ds: Pick<Dataset, "schemes">, withResults: number[], currentYear: number): number[] {
  const years = new Set(withResults);
  for (const s of ds.schemes) {
    for (let y = s.validFromYear; y <= Math.min(s.validToYear ?? currentYear, currentYear); y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

export function searchInstitutions(ds: Dataset, q: string, limit = 10) {
  const key = normalizeName(q);
  if (!key) return [];
  return ds.institutions
    .filter((i) => matchesKey(i, key))
    .map((i) => {
      const name = normalizeName(i.name);
      return {
        slug: i.slug,
        name: i.name,
        type: i.type,
        provinceName: ds.provinces.find((p) => p.code === i.provinceCode)?.name ?? null,
        // Exact and prefix matches first, then those with results.
        score: (name === key ? 4 : 0) + (name.includes(key) ? 2 : 0) + (i.evaluations.length > 0 ? 1 : 0),
      };
    })
    .sort((a, b) => b.score - a.score || collator.compare(a.name, b.name))
    .slice(0, limit)
    .map(({ score: _score, ...rest }) => rest);
}
