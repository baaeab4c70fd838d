// The handler of stored pages and route answers (next.config.ts `cacheHandler`): Next.js's
// incremental cache calls get, set and revalidateTag here instead of its file-system cache.
// It keeps them in memory and judges them by this process's tag table (./tag-table.mjs),
// the same table the "use cache" handler reads and the other instances' writes reach.
//
// Why a handler of our own: in Next.js 16.4 stored pages do not ask the cacheHandlers'
// getExpiration; the file-system cache checks their tags against a table inside Next.js
// that no public interface reaches from outside a request (docs/decisions/007).
import { expiredSince, staleSince, updateTags } from "./tag-table.mjs";

/**
 * @typedef {{ kind: string; headers?: Record<string, string | string[] | undefined>; html?: unknown; rscData?: { byteLength: number }; body?: { byteLength: number }; segmentData?: Map<string, { byteLength: number }> } | null} Value
 * @typedef {{ revalidate?: number | false; expire?: number }} CacheControl
 * @typedef {{ value: Value; storedAt: number; cacheControl?: CacheControl; tags: string[]; size: number }} Stored
 */

const MAX_BYTES = 256 * 1024 * 1024;
const TAGS_HEADER = "x-next-cache-tags";

/** @type {Map<string, Stored>} in least-recently-used order, shared by every handler Next.js makes */
const entries = new Map();
let bytes = 0;

/** @param {Value} value */
function sizeOf(value) {
  if (!value) return 0;
  let size = typeof value.html === "string" ? value.html.length : 0;
  size += value.rscData?.byteLength ?? 0;
  size += value.body?.byteLength ?? 0;
  for (const part of value.segmentData?.values() ?? []) size += part.byteLength;
  return size;
}

/** @param {Value} value */
function tagsOf(value) {
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

/** @param {string} key */
function drop(key) {
  const stored = entries.get(key);
  if (!stored) return;
  bytes -= stored.size;
  entries.delete(key);
}

export default class PageCacheHandler {
  /** @param {unknown} _ctx */
  constructor(_ctx) {}

  /**
   * The stored entry, or null when it must be made afresh before it is served. The
   * incremental cache judges `lastModified` with the monotonic clock (performance.timeOrigin
   * + now()); it is given the entry's age on that clock. A page whose tags were marked stale
   * after it was stored is given as older than its revalidate time: the reader gets it at
   * once and a fresh one is made behind it (the interface has no other word for stale).
   * @param {string} key
   * @param {{ tags?: string[]; softTags?: string[] }} [ctx]
   */
  async get(key, ctx = {}) {
    const stored = entries.get(key);
    if (!stored) return null;
    // A page's own tags are in its headers; a fetch entry's come with the request.
    const tags = ctx.tags || ctx.softTags ? [...stored.tags, ...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : stored.tags;
    const wallNow = Date.now();
    if (expiredSince(tags, stored.storedAt, wallNow)) return (drop(key), null);
    entries.delete(key); // most recently used last
    entries.set(key, stored);
    const now = performance.timeOrigin + performance.now();
    let lastModified = now - (wallNow - stored.storedAt);
    if (staleSince(tags, stored.storedAt)) {
      const revalidate = stored.cacheControl?.revalidate;
      if (typeof revalidate !== "number") return (drop(key), null); // no way to say stale: make it afresh
      lastModified = Math.min(lastModified, now - revalidate * 1000 - 1);
    }
    return { lastModified, value: stored.value, cacheControl: stored.cacheControl };
  }

  /**
   * @param {string} key
   * @param {Value} value
   * @param {{ cacheControl?: CacheControl; fetchCache?: boolean; tags?: string[] }} [ctx]
   */
  async set(key, value, ctx = {}) {
    drop(key);
    const size = sizeOf(value) + key.length;
    const tags = tagsOf(value).concat(ctx.tags ?? []);
    entries.set(key, { value, storedAt: Date.now(), cacheControl: ctx.fetchCache ? undefined : ctx.cacheControl, tags, size });
    bytes += size;
    for (const k of entries.keys()) {
      if (bytes <= MAX_BYTES) break;
      drop(k);
    }
  }

  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    updateTags(tags, durations);
  }

  resetRequestCache() {}
}
