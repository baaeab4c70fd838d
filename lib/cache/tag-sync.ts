// Cache invalidation shared by every app instance on one PostgreSQL database.
//
// Each `next start` process keeps its own cache (rendered pages and "use cache" entries)
// and decides freshness from one in-process table of expired tags. A write expires its
// tags locally (updateTag / revalidateTag) and also records them in "CacheInvalidation"
// with a NOTIFY; every instance LISTENs and marks the same tags expired in its own table,
// so its next read of those pages renders afresh. After a lost connection an instance
// reads back what it missed. The embedded database is single-process: nothing to share.
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";

export const CHANNEL = "jejak_cache_tags";
/** Longer than any cache lifetime in use ("days" expires after a week). */
const CATCH_UP_WINDOW = "8 days";
const NOTIFY_PAYLOAD_LIMIT = 7000; // PostgreSQL refuses payloads from 8000 bytes

type TagState = { stale?: number; expired?: number };

/**
 * Next.js's in-process tag table, read by both its page cache and its "use cache" handler.
 * It is loaded at run time by path, so this is the very instance the server uses.
 */
function tagsManifest(): Map<string, TagState> {
  const req = createRequire(path.join(/*turbopackIgnore: true*/ process.cwd(), "package.json"));
  const specifier = ["next", "dist", "server", "lib", "incremental-cache", "tags-manifest.external.js"].join("/");
  const manifest = (req(specifier) as { tagsManifest?: unknown }).tagsManifest;
  if (!(manifest instanceof Map)) throw new Error("Next.js tag table not found: cache sync between instances cannot work.");
  return manifest as Map<string, TagState>;
}

/** Moves a tag's `stale` or `expired` time forward to `when`, never back. */
function advanceLocally(tags: Iterable<string>, field: keyof TagState, when: number) {
  const manifest = tagsManifest();
  for (const tag of tags) {
    const current = manifest.get(tag) ?? {};
    if ((current[field] ?? 0) < when) manifest.set(tag, { ...current, [field]: when });
  }
}

/** Marks tags expired as of `at` (ms), as updateTag does: entries made before then are not served again. */
export function expireLocally(tags: Iterable<string>, at = Date.now()) {
  const list = [...tags];
  advanceLocally(list, "expired", Math.min(at, Date.now()));
  recordExpiry(list);
}

// Which tags expired together, in arrival order: a reader that holds data from before can
// ask what has changed since and re-read only that (the live dataset does). Kept for a day
// and at most MAX_EXPIRIES entries; `from` is when the journal became complete.
type Expiry = { at: number; tags: string[] };
const MAX_EXPIRIES = 5000;
const JOURNAL_MS = 24 * 60 * 60 * 1000;
const journal = ((globalThis as typeof globalThis & { __expiries?: { from: number; entries: Expiry[] } }).__expiries ??= {
  from: Date.now(),
  entries: [],
});

/**
 * Notes tags that expire together, once the write behind them has committed: a read begun
 * after this time sees that write. (updateTag applies its expiry only when the action
 * returns, so Next's own time for it may be a little later.) expireLocally notes its own;
 * code expiring tags through Next.js notes them here.
 */
export function recordExpiry(tags: string[]) {
  const now = Date.now();
  journal.entries.push({ at: now, tags });
  const keep = journal.entries.findIndex((e) => e.at > now - JOURNAL_MS);
  const drop = Math.max(keep < 0 ? journal.entries.length : keep, journal.entries.length - MAX_EXPIRIES);
  if (drop > 0) {
    journal.from = journal.entries[drop - 1].at + 1;
    journal.entries.splice(0, drop);
  }
}

/** When `tag` was last noted as expired (ms), 0 if not within the journal. */
export function lastRecordedExpiry(tag: string): number {
  for (let i = journal.entries.length - 1; i >= 0; i--) if (journal.entries[i].tags.includes(tag)) return journal.entries[i].at;
  return 0;
}

/** Every expiry noted at or after `since` (ms), oldest first; null if the journal no longer reaches back that far. */
export function expiriesSince(since: number): Expiry[] | null {
  if (since < journal.from) return null;
  const first = journal.entries.findIndex((e) => e.at >= since);
  return first < 0 ? [] : journal.entries.slice(first);
}

/**
 * Marks tags stale as of now, as revalidateTag(tag, "max") does: entries made before then
 * are served once more while a fresh one renders in the background, and kept if that fails.
 */
export function markStaleLocally(tags: Iterable<string>) {
  advanceLocally(tags, "stale", Date.now());
}

/**
 * When `tag` last expired in this instance (ms since the epoch), 0 if never. Stale marks do
 * not count: they guard stored renders that began before a write, and a read judged by
 * when it started (as the shared dataset is) that began after the expiry already sees it.
 */
export function tagExpiredAt(tag: string): number {
  return tagsManifest().get(tag)?.expired ?? 0;
}

/** Records a write's expired tags for the other instances (PostgreSQL only). Never throws: the write is done. */
export async function announceExpiredTags(tags: string[], url = process.env.DATABASE_URL) {
  if (!url || tags.length === 0) return;
  try {
    const { getDb } = await import("@/lib/db");
    const db = await getDb();
    const rows = await db.$queryRaw<{ id: bigint }[]>`INSERT INTO "CacheInvalidation" (tags) VALUES (${tags}) RETURNING id`;
    const id = String(rows[0].id);
    const inline = JSON.stringify({ id, tags });
    await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${inline.length < NOTIFY_PAYLOAD_LIMIT ? inline : JSON.stringify({ id })})`;
    if (rows[0].id % 500n === 0n) await pruneAnnouncements(db);
  } catch (e) {
    console.error("Could not announce expired cache tags to the other instances:", e);
  }
}

export type SyncState = "off" | "connecting" | "listening" | "reconnecting";

type Listener = { state: SyncState; lastId: bigint | null; stop: () => Promise<void> };

const g = globalThis as typeof globalThis & { __tagSync?: Listener };

export function tagSyncState(): SyncState {
  return g.__tagSync?.state ?? "off";
}

/**
 * Listens for other instances' writes for as long as the process lives, reconnecting
 * with backoff when the database goes away (and catching up on what it missed).
 */
export function startTagSync(url: string, opts: { retryMs?: number; maxRetryMs?: number } = {}): Listener {
  if (g.__tagSync) return g.__tagSync;
  const base = opts.retryMs ?? 500;
  const max = opts.maxRetryMs ?? 10_000;
  let client: pg.Client | null = null;
  let stopped = false;
  let delay = base;
  let timer: NodeJS.Timeout | null = null;
  let queue = Promise.resolve();
  let warned = false;
  const self: Listener = { state: "connecting", lastId: null, stop };
  g.__tagSync = self;

  const catchUp = (c: pg.Client) =>
    (queue = queue.then(async () => {
      const rows = self.lastId === null
        // First connection: anything from the last week may be newer than pages this
        // process finds cached on disk. Expire each tag as of its last write.
        ? (await c.query<{ tag: string; at: Date; last: string }>(
            `SELECT t.tag, max(e.at) AS at, (SELECT coalesce(max(id), 0) FROM "CacheInvalidation")::text AS last
               FROM "CacheInvalidation" e, unnest(e.tags) AS t(tag)
              WHERE e.at > now() - interval '${CATCH_UP_WINDOW}' GROUP BY t.tag`,
          )).rows
        : (await c.query<{ tag: string; at: Date; last: string }>(
            `SELECT t.tag, max(e.at) AS at, max(e.id)::text AS last
               FROM "CacheInvalidation" e, unnest(e.tags) AS t(tag) WHERE e.id > $1 GROUP BY t.tag`,
            [String(self.lastId)],
          )).rows;
      for (const r of rows) expireLocally([r.tag], self.lastId === null ? r.at.getTime() : Date.now());
      if (self.lastId === null) {
        const last = rows[0]?.last ?? (await c.query<{ last: string }>(`SELECT coalesce(max(id), 0)::text AS last FROM "CacheInvalidation"`)).rows[0].last;
        self.lastId = BigInt(last);
      } else {
        for (const r of rows) if (BigInt(r.last) > self.lastId) self.lastId = BigInt(r.last);
      }
    }));

  const onNotification = (c: pg.Client, payload: string | undefined) => {
    let message: { id?: string; tags?: string[] } = {};
    try {
      message = JSON.parse(payload ?? "{}");
    } catch {
      // not ours; read from the table
    }
    if (message.id && message.tags && self.lastId !== null && BigInt(message.id) === self.lastId + 1n) {
      expireLocally(message.tags);
      self.lastId = BigInt(message.id);
      return;
    }
    catchUp(c).catch((e) => lost(c, e)); // a gap (or a long list): read what is missing
  };

  function lost(c: pg.Client, e: unknown) {
    if (client !== c || stopped) return;
    client = null;
    c.removeAllListeners();
    c.on("error", () => {}); // a late error from the dead connection must not crash the process
    c.end().catch(() => {});
    self.state = "reconnecting";
    if (!warned) console.error(`Cache sync: lost the database (${(e as Error).message}); retrying.`);
    warned = true;
    schedule();
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(connect, delay);
    timer.unref();
    delay = Math.min(delay * 2, max);
  }

  async function connect() {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000, keepAlive: true });
    client = c;
    c.on("error", (e) => lost(c, e));
    c.on("end", () => lost(c, new Error("connection closed")));
    c.on("notification", (n) => n.channel === CHANNEL && onNotification(c, n.payload));
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
      await catchUp(c);
      if (client !== c) return;
      self.state = "listening";
      delay = base;
      if (warned) console.error("Cache sync: database back, caught up.");
      warned = false;
    } catch (e) {
      lost(c, e);
    }
  }

  async function stop() {
    stopped = true;
    if (timer) clearTimeout(timer);
    const c = client;
    client = null;
    self.state = "off";
    g.__tagSync = undefined;
    if (c) {
      c.removeAllListeners();
      c.on("error", () => {});
      await c.end().catch(() => {});
    }
  }

  void connect();
  return self;
}

/** Drops announcements older than any cache lifetime; run now and then by a writer. */
export async function pruneAnnouncements(db: { $executeRawUnsafe(sql: string): Promise<number> }) {
  return db.$executeRawUnsafe(`DELETE FROM "CacheInvalidation" WHERE at < now() - interval '${CATCH_UP_WINDOW}'`);
}
