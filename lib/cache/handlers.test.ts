// The two cache handlers next.config.ts gives Next.js, judged by the one tag table: a write's
// expiry applies at once to "use cache" entries and to stored pages, even when the process's
// monotonic clock has fallen behind the wall clock (a paused machine), and a page whose tags
// were marked stale is served once more while a fresh one is made.
//
// The last block runs Next.js's own incremental cache over the page handler. It is the
// upgrade alarm of docs/decisions/007: the handler interface has no word for "stale", so
// the handler reports such a page as older than its revalidate time; if Next.js changes how
// it reads what a handler returns, this fails.
import { createRequire } from "node:module";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import PageCacheHandler from "./page-handler.mjs";
import useCacheHandler from "./use-cache-handler.mjs";
import { expireTags, markTagsStale, resetTagTable, updateTags } from "./tag-table.mjs";

const LAG_MS = 5000;
const monotonic = () => performance.timeOrigin + performance.now();

function pauseMonotonicClock() {
  const now = performance.now.bind(performance);
  vi.spyOn(performance, "now").mockImplementation(() => now() - LAG_MS);
}

const tick = () => new Promise((r) => setTimeout(r, 3));
const bytes = (text: string) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(new TextEncoder().encode(text));
      c.close();
    },
  });
const text = async (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

/** A "use cache" entry as the wrapper makes it: stamped on the monotonic clock when it began. */
const entry = (tags: string[], value = "data") => ({
  value: bytes(value),
  tags,
  stale: 300,
  timestamp: monotonic(),
  expire: 7 * 86400,
  revalidate: 86400,
});

const page = (tags: string[], html = "<h1>Kota Pekalongan</h1>") => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": tags.join(",") },
  postponed: undefined,
  status: 200,
  segmentData: undefined,
});
const days = { revalidate: 86400, expire: 7 * 86400 };

beforeEach(() => resetTagTable());
afterEach(() => vi.restoreAllMocks());

describe('the "use cache" handler', () => {
  it("serves an entry until one of its tags expires, then not", async () => {
    await useCacheHandler.set("k1", Promise.resolve(entry(["dataset"])));
    expect(await text((await useCacheHandler.get("k1", []))!.value)).toBe("data");
    await tick();
    expireTags(["dataset"]);
    expect(await useCacheHandler.get("k1", [])).toBeUndefined();
  });

  it("applies a write's expiry at once with a monotonic clock 5 s behind", async () => {
    pauseMonotonicClock();
    await useCacheHandler.set("k2", Promise.resolve(entry(["institution:kota-pekalongan"])));
    await tick();
    await useCacheHandler.updateTags(["institution:kota-pekalongan"]); // updateTag in the write's action
    expect(await useCacheHandler.get("k2", [])).toBeUndefined();
    // An entry made after the write is served.
    await tick();
    await useCacheHandler.set("k2", Promise.resolve(entry(["institution:kota-pekalongan"])));
    expect(await useCacheHandler.get("k2", [])).toBeDefined();
  });

  it("judges the page's implicit tags itself (getExpiration says so with Infinity)", async () => {
    expect(await useCacheHandler.getExpiration(["_N_T_/layout"])).toBe(Infinity);
    await useCacheHandler.set("k3", Promise.resolve(entry(["dataset"])));
    await tick();
    expireTags(["_N_T_/instansi"]);
    expect(await useCacheHandler.get("k3", ["_N_T_/layout"])).toBeDefined();
    expect(await useCacheHandler.get("k3", ["_N_T_/instansi"])).toBeUndefined();
  });

  it("gives a stale-marked entry with revalidate -1: served once more, made afresh behind it", async () => {
    await useCacheHandler.set("k4", Promise.resolve(entry(["dataset"])));
    await tick();
    markTagsStale(["dataset"]);
    expect((await useCacheHandler.get("k4", []))?.revalidate).toBe(-1);
  });
});

describe("the stored-page handler", () => {
  it("serves a page until one of its tags expires, with a monotonic clock 5 s behind", async () => {
    pauseMonotonicClock();
    const h = new PageCacheHandler({});
    await h.set("/instansi/kota-pekalongan", page(["institution:kota-pekalongan", "dataset"]), { cacheControl: days });
    const stored = await h.get("/instansi/kota-pekalongan", {});
    expect(stored?.value).toMatchObject({ html: "<h1>Kota Pekalongan</h1>" });
    expect(Math.abs(stored!.lastModified - monotonic())).toBeLessThan(1000); // its age, on Next.js's clock
    await tick();
    updateTags(["institution:kota-pekalongan"]); // as another instance's write arrives by the tag sync
    expect(await h.get("/instansi/kota-pekalongan", {})).toBeNull();
  });

  it("is one store for every handler Next.js makes (it makes one per request)", async () => {
    await new PageCacheHandler({}).set("/tahun/2023", page(["dataset"]), { cacheControl: days });
    expect(await new PageCacheHandler({}).get("/tahun/2023", {})).not.toBeNull();
  });
});

describe("Next.js's incremental cache over the stored-page handler (fails on an upgrade that changes it)", () => {
  const require = createRequire(import.meta.url);
  const { IncrementalCache } = require("next/dist/server/lib/incremental-cache/index.js");
  const owner = { kind: "APP_PAGE", sourceRoute: "/[locale]/instansi/[slug]/page" };
  const cache = () =>
    new IncrementalCache({
      dev: false,
      requestHeaders: {},
      minimalMode: false,
      previewProps: { previewModeId: "x", previewModeEncryptionKey: "x", previewModeSigningKey: "x" },
      prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: {} },
      CurCacheHandler: PageCacheHandler,
    });
  const get = (c: { get: (k: string, ctx: object) => Promise<{ isStale?: boolean | -1; value: unknown } | null> }) =>
    c.get("/id/instansi/kota-pekalongan", { kind: "APP_PAGE", route: owner, isRoutePPREnabled: false, isFallback: false });

  it("serves a stored page as fresh, as stale after a stale mark, and not at all after an expiry", async () => {
    pauseMonotonicClock();
    const c = cache();
    await c.set("/id/instansi/kota-pekalongan", page(["institution:kota-pekalongan", "dataset"]), {
      route: owner,
      cacheControl: days,
      isRoutePPREnabled: false,
      isFallback: false,
    });
    const fresh = await get(c);
    expect(fresh?.value).toMatchObject({ kind: "APP_PAGE" });
    expect(fresh?.isStale).toBeFalsy();

    await tick();
    markTagsStale(["dataset"]);
    const stale = await get(c);
    expect(stale?.value).toMatchObject({ kind: "APP_PAGE" });
    expect(stale?.isStale).toBe(true);

    await tick();
    expireTags(["institution:kota-pekalongan"]);
    expect(await get(c)).toBeNull();
  });
});
