// Entry point one of the cache: the live dataset every public view is computed from.
import { getDb } from "@/lib/db";
import type { Dataset } from "@/lib/public/dataset";
import { slugOfTag, tags } from "./tags";
import { loadDataset, refreshDataset } from "./dataset-load";
import { expiredSince, expiriesSince } from "./tag-table.mjs";

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

/** No expiry of the dataset tag since `startedAt` (ms) in this process's tag table, whoever expired it. */
const freshSince = (startedAt: number) => !expiredSince([tags.dataset], startedAt);

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
