// The handler of "use cache" entries (next.config.ts `cacheHandlers.default`): entries kept
// in memory, as Next.js's own default handler keeps them, but judged by this process's tag
// table (./tag-table.mjs), which the other instances' writes reach through ./tag-sync.ts.
// Next.js calls get, set, refreshTags, getExpiration and updateTags (its documented
// cacheHandlers interface); nothing here reaches into Next.js's own modules.
import { expiredSince, staleSince, updateTags } from "./tag-table.mjs";

/**
 * @typedef {{ value: ReadableStream<Uint8Array>; tags: string[]; stale: number; timestamp: number; expire: number; revalidate: number }} CacheEntry
 * @typedef {{ entry: Omit<CacheEntry, "value">; value: Uint8Array; size: number; startedAt: number }} Stored
 */

const MAX_BYTES = 50 * 1024 * 1024; // Next.js's default cacheMaxMemorySize

/** @type {Map<string, Stored>} in least-recently-used order */
const entries = new Map();
/** @type {Map<string, Promise<void>>} */
const pendingSets = new Map();
let bytes = 0;

/** Monotonic time as the "use cache" wrapper stamps entries (performance.timeOrigin + now()). */
const monotonic = () => performance.timeOrigin + performance.now();

/** @param {ReadableStream<Uint8Array>} stream */
async function toBytes(stream) {
  const chunks = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** @param {Uint8Array} bytes */
const toStream = (bytes) =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

/** @param {string} key */
function drop(key) {
  const stored = entries.get(key);
  if (!stored) return;
  bytes -= stored.size;
  entries.delete(key);
}

const handler = {
  /**
   * @param {string} cacheKey
   * @param {string[]} softTags the page's implicit tags
   * @returns {Promise<CacheEntry | undefined>}
   */
  async get(cacheKey, softTags = []) {
    await pendingSets.get(cacheKey);
    const stored = entries.get(cacheKey);
    if (!stored) return undefined;
    const { entry } = stored;
    // Past its revalidate time an entry is made afresh (as Next.js's default handler does).
    if (monotonic() > entry.timestamp + entry.revalidate * 1000) return (drop(cacheKey), undefined);
    const tags = [...entry.tags, ...softTags];
    if (expiredSince(tags, stored.startedAt)) return (drop(cacheKey), undefined);
    entries.delete(cacheKey); // most recently used last
    entries.set(cacheKey, stored);
    return { ...entry, revalidate: staleSince(tags, stored.startedAt) ? -1 : entry.revalidate, value: toStream(stored.value) };
  },

  /**
   * @param {string} cacheKey
   * @param {Promise<CacheEntry>} pendingEntry
   */
  async set(cacheKey, pendingEntry) {
    /** @type {() => void} */
    let done = () => {};
    pendingSets.set(cacheKey, new Promise((resolve) => (done = resolve)));
    try {
      const entry = await pendingEntry;
      if (entry.expire === 0) return; // dynamic: made afresh on every read, never served from here
      const value = await toBytes(entry.value);
      // The wrapper stamps when it began making the entry, on the monotonic clock. Its age
      // on that clock is exact; the wall-clock time it began is now minus that age.
      const startedAt = Date.now() - (monotonic() - entry.timestamp);
      const { value: _, ...meta } = entry;
      drop(cacheKey);
      entries.set(cacheKey, { entry: meta, value, size: value.byteLength + cacheKey.length, startedAt });
      bytes += value.byteLength + cacheKey.length;
      for (const key of entries.keys()) {
        if (bytes <= MAX_BYTES) break;
        drop(key);
      }
    } catch {
      // a failed entry is simply not stored
    } finally {
      done();
      pendingSets.delete(cacheKey);
    }
  },

  /** Nothing to fetch: other instances' expiries arrive by LISTEN as they happen (./tag-sync.ts). */
  async refreshTags() {},

  /**
   * Infinity tells Next.js that get judges the implicit tags it is given itself, which it
   * does with the wall-clock stamps of the tag table.
   */
  async getExpiration() {
    return Infinity;
  },

  /**
   * @param {string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async updateTags(tags, durations) {
    updateTags(tags, durations);
  },
};

export default handler;
