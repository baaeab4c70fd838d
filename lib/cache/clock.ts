// One clock for Next.js's cache. It stamps entries and tag expiries with two: Date.now()
// (pages in its file-system cache, revalidateTag there) and performance.timeOrigin +
// performance.now() ("use cache" entries, updateTag in its default handler, and the check
// that an expiry is already due). The second is the process's monotonic clock counted from
// its start: it falls behind the wall clock whenever the machine is paused (a virtual
// machine suspended, migrated or starved) and never catches up. Behind by δ, an expiry
// stamped with the wall clock looks δ in the future, so for δ after every write the pages
// and entries it expired are still served as fresh: an editor publishes and the public page
// does not show it.

/**
 * Makes performance.timeOrigin read as Date.now() - performance.now(), so that
 * timeOrigin + now() is the wall clock. Durations (differences of performance.now()) are
 * unchanged. Called once at server start (instrumentation.ts).
 */
export function alignPerformanceClock(perf: Performance = performance) {
  Object.defineProperty(perf, "timeOrigin", { configurable: true, get: () => Date.now() - perf.now() });
}
