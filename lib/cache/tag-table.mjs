// The one table of expired and stale tags in this process, read by both of Next.js's caches
// through our handlers (./use-cache-handler.mjs for "use cache" entries, ./page-handler.mjs
// for stored pages), written by Next.js through the same handlers (updateTag, revalidateTag)
// and by the sync with the other instances (./tag-sync.ts). Plain JavaScript: Next.js loads
// the handlers with Node's own import, outside the app's bundles, so the state lives on
// globalThis and every copy of this module (the handlers', each route bundle's) shares it.
//
// Every time here is the wall clock (Date.now()): one clock for stamps and checks, so a
// monotonic clock that fell behind (a paused machine) cannot make an expiry look future.

const KEY = Symbol.for("jejak-merit.cache.tags");
/** The journal keeps a day of expiries, at most this many. */
const MAX_EXPIRIES = 5000;
const JOURNAL_MS = 24 * 60 * 60 * 1000;

/**
 * @typedef {{ stale?: number; expired?: number }} TagState
 * @typedef {{ at: number; tags: string[] }} Expiry
 * @typedef {{ tags: Map<string, TagState>; from: number; entries: Expiry[] }} Table
 */

/** @returns {Table} */
function table() {
  const g = /** @type {Record<symbol, Table | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (g[KEY] ??= { tags: new Map(), from: Date.now(), entries: [] });
}

/** @param {Iterable<string>} tags @param {"stale" | "expired"} field @param {number} when */
function advance(tags, field, when) {
  const t = table().tags;
  for (const tag of tags) {
    const current = t.get(tag) ?? {};
    if ((current[field] ?? 0) < when) t.set(tag, { ...current, [field]: when });
  }
}

/**
 * Expires `tags` as of `at` (ms, never later than now): entries made before then are not
 * served again. The expiry is noted in the journal at the present time.
 * @param {Iterable<string>} tags
 * @param {number} [at]
 */
export function expireTags(tags, at = Date.now()) {
  const list = [...tags];
  if (list.length === 0) return;
  advance(list, "expired", Math.min(at, Date.now()));
  note(list);
}

/**
 * Marks `tags` stale as of now: entries made before are served once more while a fresh one
 * is made behind them, and kept if that fails.
 * @param {Iterable<string>} tags
 */
export function markTagsStale(tags) {
  advance(tags, "stale", Date.now());
}

/**
 * What Next.js asks for through a handler's updateTags / revalidateTag: no durations is
 * updateTag (expired now); durations mark stale now and expire after `durations.expire` s.
 * @param {string | string[]} tags
 * @param {{ expire?: number }} [durations]
 */
export function updateTags(tags, durations) {
  const list = typeof tags === "string" ? [tags] : [...tags];
  if (!durations) return expireTags(list);
  markTagsStale(list);
  if (durations.expire === undefined) return;
  if (durations.expire <= 0) return expireTags(list);
  advance(list, "expired", Date.now() + durations.expire * 1000);
}

/**
 * True when one of `tags` expired at or after `since` (ms), up to `now`: an entry made at
 * `since` is not to be served. The same millisecond counts as after (conservative).
 * @param {Iterable<string>} tags
 * @param {number} since
 * @param {number} [now]
 */
export function expiredSince(tags, since, now = Date.now()) {
  const t = table().tags;
  for (const tag of tags) {
    const expired = t.get(tag)?.expired;
    if (expired !== undefined && expired >= since && expired <= now) return true;
  }
  return false;
}

/**
 * True when one of `tags` was marked stale at or after `since` (ms).
 * @param {Iterable<string>} tags
 * @param {number} since
 */
export function staleSince(tags, since) {
  const t = table().tags;
  for (const tag of tags) if ((t.get(tag)?.stale ?? -Infinity) >= since) return true;
  return false;
}

/**
 * When `tag` last expired in this process (ms), 0 if never.
 * @param {string} tag
 */
export function tagExpiredAt(tag) {
  const expired = table().tags.get(tag)?.expired ?? 0;
  return expired <= Date.now() ? expired : 0;
}

// The journal: which tags expired together, in arrival order. A reader that holds data from
// before can ask what changed since and re-read only that (the live dataset does). `from`
// is when the journal became complete.

/** @param {string[]} tags */
function note(tags) {
  const j = table();
  const now = Date.now();
  // updateTag reaches both handlers with the same tags in the same moment: an entry equal
  // to the last one (same tags, same millisecond) says nothing new.
  const last = j.entries.at(-1);
  if (last && last.at === now && last.tags.length === tags.length && last.tags.every((tag, i) => tag === tags[i])) return;
  j.entries.push({ at: now, tags });
  const keep = j.entries.findIndex((e) => e.at > now - JOURNAL_MS);
  const drop = Math.max(keep < 0 ? j.entries.length : keep, j.entries.length - MAX_EXPIRIES);
  if (drop > 0) {
    j.from = j.entries[drop - 1].at + 1;
    j.entries.splice(0, drop);
  }
}

/**
 * Every expiry noted at or after `since` (ms), oldest first; null if the journal no longer
 * reaches back that far.
 * @param {number} since
 * @returns {Expiry[] | null}
 */
export function expiriesSince(since) {
  const j = table();
  if (since < j.from) return null;
  const first = j.entries.findIndex((e) => e.at >= since);
  return first < 0 ? [] : j.entries.slice(first);
}

/** Forgets every tag and expiry (tests). */
export function resetTagTable() {
  const g = /** @type {Record<symbol, Table | undefined>} */ (/** @type {unknown} */ (globalThis));
  g[KEY] = undefined;
}
