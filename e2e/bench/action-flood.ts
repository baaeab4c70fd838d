// npx tsx e2e/bench/action-flood.ts — how long /api/health takes to answer while anonymous
// server-action calls to every "use cache" id (from the build's server-reference manifest)
// carry a large argument, posted to a public page. Prints one line per id. Needs a running
// server (BENCH_URL, default http://127.0.0.1:3200) of the current build; sizes in KB via
// BENCH_KB (default 900).
import { readFileSync } from "node:fs";
import path from "node:path";

const BASE = process.env.BENCH_URL ?? "http://127.0.0.1:3200";
const KB = Number(process.env.BENCH_KB ?? 900);
const PAGE = process.env.BENCH_PAGE ?? "/instansi/kota-pekalongan";

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };
const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, "..", "..", ".next", "server", "server-reference-manifest.json"), "utf8")) as Manifest;
const cacheIds = Object.entries(manifest.node).filter(([, v]) => v.exportedName?.startsWith("$$RSC_SERVER_CACHE"));

const timed = async <T>(run: () => Promise<T>) => {
  const start = performance.now();
  const value = await run();
  return { value, ms: Math.round(performance.now() - start) };
};

const text = "a".repeat(KB * 1024);
// A bare string fills a slug or a search text; an object fills the index filters' search.
const shapes = { string: [text], "{ q }": [{ q: text }] };
for (const [id, { filename, exportedName }] of cacheIds)
  for (const [shape, args] of Object.entries(shapes)) {
    const call = timed(() =>
      fetch(BASE + PAGE, {
        method: "POST",
        headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
        body: JSON.stringify(args),
      }).then(async (r) => (await r.arrayBuffer(), r.status)),
    );
    // Health asked just after the call is under way: its time is what every other visitor waits.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const health = await timed(() => fetch(`${BASE}/api/health`).then((r) => r.status));
    const { value: status, ms } = await call;
    console.log(`${filename} ${exportedName} (${shape}): action ${status} in ${ms} ms; /api/health ${health.value} in ${health.ms} ms`);
  }
