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
import { expiriesSince, lastRecordedExpiry, tagExpiredAt } from "@/lib/cache/tag-sync";
import { slugOfTag, tags } from "./cache-tags";
import type { Dataset } from "@/lib/public/dataset";
import { loadDataset, refreshDataset } from "./dataset";
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

/**
 * The published record, as one live object shared by every view in this process. It is not
 * a "use cache" entry: those are stored serialised and decoded on every read, which at
 * national size (100 000 evaluations) cost each view's first render after a write more
 * than computing the view itself. When the dataset tag expires (a write here or, through
 * the tag sync, on another instance) it is brought up to date: only the institutions the
 * writes named are read again, unless an expiry named none; it is read whole after a day.
 */
export async function getDataset(): Promise<Dataset> {
  const held = g.__dataset;
  if (held && freshSince(held.startedAt) && Date.now() - held.startedAt < DATASET_MAX_AGE_MS) return held.dataset;
  return sharedDatasetLoad();
}

/**
 * When the live dataset was read: never earlier than the newest change it holds (a read
 * begins after the expiry of the write it follows), so it serves as the Last-Modified of
 * everything built from it.
 */
export async function getDatasetStamp(): Promise<Date> {
  await getDataset();
  return new Date(g.__dataset?.startedAt ?? Date.now());
}

const DATASET_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** More institutions than this changed since the held dataset: reading it whole is as quick. */
const REFRESH_LIMIT = 500;
// On globalThis, so that every route's bundle in this process shares the one copy and the
// one load in flight.
const g = globalThis as typeof globalThis & {
  __dataset?: { startedAt: number; dataset: Dataset };
  __datasetLoad?: { startedAt: number; promise: Promise<Dataset> } | null;
};

/** No expiry of the dataset since `startedAt` (ms): in Next.js's tag table, nor noted in the journal. */
const freshSince = (startedAt: number) => startedAt > tagExpiredAt(tags.dataset) && startedAt > lastRecordedExpiry(tags.dataset);

/**
 * The slugs of the institutions whose writes expired the dataset at or after `since`; null
 * when it must be read whole (an expiry that named no institution, a journal that does not
 * reach back that far, or too many). A write's expiry is noted after it committed, so a
 * load begun before `since` holds every write noted before it.
 */
function changedSince(since: number): string[] | null {
  const entries = expiriesSince(since);
  if (!entries) return null;
  const slugs = new Set<string>();
  for (const { tags: expired } of entries) {
    if (!expired.includes(tags.dataset)) continue;
    const named = expired.flatMap((tag) => slugOfTag(tag) ?? []);
    if (named.length === 0) return null;
    for (const slug of named) slugs.add(slug);
  }
  return slugs.size > REFRESH_LIMIT ? null : [...slugs];
}

// After a write, every request in flight misses the dataset at once. They share one load
// instead of each reading the dataset; a request joins only a load that began after the
// tag last expired, so it never receives data from before the write it follows.
async function sharedDatasetLoad(): Promise<Dataset> {
  const inflight = g.__datasetLoad;
  if (inflight && freshSince(inflight.startedAt)) return inflight.promise;
  const startedAt = Date.now();
  const held = g.__dataset && startedAt - g.__dataset.startedAt < DATASET_MAX_AGE_MS ? g.__dataset : undefined;
  const changed = held ? changedSince(held.startedAt) : null;
  const promise = getDb()
    .then((db) => (held && changed ? refreshDataset(db, held.dataset, changed) : loadDataset(db)))
    .then((dataset) => {
      if (!g.__dataset || g.__dataset.startedAt < startedAt) g.__dataset = { startedAt, dataset };
      return dataset;
    })
    .finally(() => {
      if (g.__datasetLoad?.promise === promise) g.__datasetLoad = null;
    });
  g.__datasetLoad = { startedAt, promise };
  return promise;
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
    ceremony: ds.ceremonies.at(-1) ?? null,
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
  return { provinces: ds.provinces, years, yearPages: yearList, schemes: ds.schemes, updatedAt: ds.updatedAt };
}
