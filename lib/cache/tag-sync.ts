// Cache invalidation shared by every app instance on one PostgreSQL database.
//
// Each `next start` process keeps its own cache (stored pages and "use cache" entries),
// judged by its own tag table (./tag-table.mjs) through the handlers next.config.ts names.
// A write expires its tags there and also records them in "CacheInvalidation" with a
// NOTIFY; every instance LISTENs and expires the same tags in its own table, so its next
// read of those pages renders afresh. After a lost connection an instance reads back what
// it missed. The embedded database is single-process: nothing to share.
import pg from "pg";
import { expireTags } from "./tag-table.mjs";

export const CHANNEL = "jejak_cache_tags";
/** Longer than any cache lifetime in use ("days" expires after a week). */
const CATCH_UP_WINDOW = "8 days";
const NOTIFY_PAYLOAD_LIMIT = 7000; // PostgreSQL refuses payloads from 8000 bytes

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
      const rows =
        self.lastId === null
          ? // First connection: anything from the last week may be newer than pages this
            // process finds cached on disk. Expire each tag as of its last write.
            (
              await c.query<{ tag: string; at: Date; last: string }>(
                `SELECT t.tag, max(e.at) AS at, (SELECT coalesce(max(id), 0) FROM "CacheInvalidation")::text AS last
               FROM "CacheInvalidation" e, unnest(e.tags) AS t(tag)
              WHERE e.at > now() - interval '${CATCH_UP_WINDOW}' GROUP BY t.tag`,
              )
            ).rows
          : (
              await c.query<{ tag: string; at: Date; last: string }>(
                `SELECT t.tag, max(e.at) AS at, max(e.id)::text AS last
               FROM "CacheInvalidation" e, unnest(e.tags) AS t(tag) WHERE e.id > $1 GROUP BY t.tag`,
                [String(self.lastId)],
              )
            ).rows;
      for (const r of rows) expireTags([r.tag], self.lastId === null ? r.at.getTime() : Date.now());
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
      expireTags(message.tags);
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
