// Cached, tagged reads for the public pages and API. Only plain values leave this module.
import { cacheLife, cacheTag } from "next/cache";
import { getDb } from "@/lib/db";
import {
  biggestMovers,
  indexView,
  nationalCounts,
  peerRanks,
  peersOf,
  searchInstitutions,
  yearPages,
  yearsWithResults,
  yearSummary,
  yearView,
  type IndexFilters,
} from "@/lib/public/views";
import { getDataset } from "@/lib/cache/dataset";
import { tags } from "@/lib/cache/tags";
import { loadInstitutionProfile } from "./institution-profile";
import { checkArguments, readArguments } from "./arguments";

// Each cached read below starts by checking its arguments (see ./arguments.ts): Next.js
// also runs it for any anonymous server-action call that names its id.

export async function getInstitutionProfile(...args: [slug: string]) {
  "use cache";
  const [slug] = checkArguments("getInstitutionProfile", readArguments.slug, args);
  cacheTag(tags.institution(slug));
  cacheLife("days");
  return loadInstitutionProfile(await getDb(), slug);
}

/** The current slug of an institution that used to be at `oldSlug`, or null. */
export async function getSlugRedirect(...args: [oldSlug: string]): Promise<string | null> {
  "use cache";
  const [oldSlug] = checkArguments("getSlugRedirect", readArguments.slug, args);
  cacheTag(tags.institution(oldSlug));
  cacheLife("days");
  const db = await getDb();
  const redirect = await db.institutionSlugRedirect.findUnique({ where: { oldSlug }, select: { institution: { select: { slug: true } } } });
  return redirect?.institution.slug ?? null;
}

export async function getIndexView(...args: [filters: IndexFilters]) {
  "use cache";
  const [filters] = checkArguments("getIndexView", readArguments.indexView, args);
  cacheTag(tags.dataset);
  cacheLife("days");
  return indexView(await getDataset(), filters);
}

/** Every result of a year, from the live dataset (see yearView): for the CSV and the year's pages. */
export async function getYearView(year: number) {
  return yearView(await getDataset(), year);
}

/** One page of a year: all counts, the `page`-th run of `limit` results (cached per page). */
export async function getYearSummary(...args: [year: number, limit: number, page?: number]) {
  "use cache";
  const [year, limit, page = 1] = checkArguments("getYearSummary", readArguments.yearSummary, args);
  cacheTag(tags.dataset);
  cacheLife("days");
  return yearSummary(await getYearView(year), limit, page);
}

export async function getHomeView(...args: []) {
  "use cache";
  checkArguments("getHomeView", readArguments.none, args);
  cacheTag(tags.dataset);
  cacheLife("days");
  const ds = await getDataset();
  const years = yearsWithResults(ds);
  const evaluated = ds.institutions.filter((i) => i.evaluations.some((e) => e.status === "evaluated")).length;
  return {
    national: nationalCounts(ds),
    // The latest announcement with a day and a place: a round known only by its results says less.
    latestRound: ds.rounds.findLast((r) => r.announcedOn && r.city) ?? ds.rounds.at(-1) ?? null,
    movers: biggestMovers(ds, 5),
    years,
    evaluated,
    schemes: ds.schemes,
  };
}

export async function getPeerRanks(...args: [slug: string]) {
  "use cache";
  const [slug] = checkArguments("getPeerRanks", readArguments.slug, args);
  cacheTag(tags.dataset);
  cacheLife("days");
  return peerRanks(await getDataset(), slug);
}

/** Institutions to suggest for a comparison with `slug` (lib/public/views.ts peersOf). */
export async function getPeers(...args: [slug: string]) {
  "use cache";
  const [slug] = checkArguments("getPeers", readArguments.slug, args);
  cacheTag(tags.dataset);
  cacheLife("days");
  return peersOf(await getDataset(), slug);
}

export async function getSearch(...args: [q: string]) {
  "use cache";
  const [q] = checkArguments("getSearch", readArguments.search, args);
  cacheTag(tags.dataset);
  cacheLife("days");
  return searchInstitutions(await getDataset(), q, 10);
}

export async function getFilterOptions(...args: []) {
  "use cache";
  checkArguments("getFilterOptions", readArguments.none, args);
  cacheTag(tags.dataset);
  cacheLife("days");
  const ds = await getDataset();
  const years = yearsWithResults(ds);
  // Cached for a day at most, so the new year's page is listed from its first day or so.
  const yearList = yearPages(ds, years, new Date().getFullYear());
  return { provinces: ds.provinces, years, yearPages: yearList, schemes: ds.schemes, rounds: ds.rounds, updatedAt: ds.updatedAt };
}
