// Next.js's cache judged with a monotonic clock that has fallen behind the wall clock, as it
// does after the machine was paused: a write's expiry must apply at once.
import { createRequire } from "node:module";
import { afterEach, describe, expect, it, vi } from "vitest";
import { alignPerformanceClock } from "./clock";

// Next's own tag table and checks, the module its page cache and "use cache" handler share.
const { areTagsExpired, tagsManifest } = createRequire(import.meta.url)("next/dist/server/lib/incremental-cache/tags-manifest.external.js") as {
  areTagsExpired: (tags: string[], timestamp: number) => boolean;
  tagsManifest: Map<string, { stale?: number; expired?: number }>;
};

const LAG_MS = 5000;

function pauseMonotonicClock() {
  const now = performance.now.bind(performance);
  vi.spyOn(performance, "now").mockImplementation(() => now() - LAG_MS);
}

afterEach(() => {
  vi.restoreAllMocks();
  delete (performance as { timeOrigin?: number }).timeOrigin; // back to the prototype's getter
  tagsManifest.delete("institution:kota-pekalongan");
});

/** A page cached a second ago, then a write expiring its tag as Next's file-system cache does (Date.now()). */
function pageCachedThenWrite() {
  const cachedAt = Date.now() - 1000;
  tagsManifest.set("institution:kota-pekalongan", { expired: Date.now() });
  return areTagsExpired(["institution:kota-pekalongan"], cachedAt);
}

describe("one clock for the cache", () => {
  it("without it, a lagging monotonic clock keeps an expired page fresh (the failure it prevents)", () => {
    pauseMonotonicClock();
    expect(pageCachedThenWrite()).toBe(false);
  });

  it("with it, the write's expiry applies at once", () => {
    pauseMonotonicClock();
    alignPerformanceClock();
    expect(pageCachedThenWrite()).toBe(true);
    expect(Math.abs(performance.timeOrigin + performance.now() - Date.now())).toBeLessThan(5);
  });
});
