// npm run bench:public — how fast the public pages are, measured on this machine:
//  1. throughput and p99 of /instansi/kota-pekalongan vs a static file of the same size
//     served by the same server (autocannon on loopback, bounded), as a ratio; and the same
//     for /data, a page prerendered at build with no data of its own: the ceiling of
//     Next's page path on this machine;
//  2. Lighthouse (mobile) for /, /instansi and /instansi/kota-pekalongan;
//  3. first-load JavaScript of the institution page (gzipped).
// Needs a build (`npm run build`) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { execFile } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { load, root, startApp, waitFor } from "./server";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const dataDir = path.join(root, ".data", `bench-${Date.now()}`);
const staticDir = path.join(root, "public", "__bench");
const run = promisify(execFile);

const bench = (url: string) => load(url, { connections: CONNECTIONS, duration: DURATION });

async function lighthouse(url: string) {
  const { stdout } = await run(
    "npx",
    [
      "lighthouse",
      url,
      "--output=json",
      "--quiet",
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
    ],
    { cwd: root, env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout);
  const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(report.audits["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(report.audits["total-blocking-time"].numericValue),
    cls: Number(report.audits["cumulative-layout-shift"].numericValue.toFixed(3)),
  };
}

/**
 * Scripts the HTML loads before the page is interactive, gzipped (the chart chunk loads
 * later). Scripts marked noModule are polyfills only browsers without modules fetch.
 */
async function firstLoadJs(pathname: string) {
  const html = await (await fetch(`${BASE}${pathname}`)).text();
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  const srcs = [...new Set(tags.filter((tag) => !/\snomodule\b/i.test(tag)).flatMap((tag) => tag.match(/\ssrc="([^"]+)"/)?.[1] ?? []))];
  let bytes = 0;
  for (const src of srcs) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer())).length;
  return { scripts: srcs.length, kib: Number((bytes / 1024).toFixed(1)) };
}

const env = { ...process.env, DATABASE_URL: "", PGLITE_DIR: dataDir, PORT: String(PORT), PUBLIC_URL: BASE };

async function main() {
  await run("npx", ["tsx", "prisma/seed.ts"], { cwd: root, env });
  const page = "/instansi/kota-pekalongan";
  // Next's own ceiling: a page prerendered at build, with no data of its own.
  const ceiling = "/data";
  // The server lists public/ when it starts: learn the page sizes, write the files, restart.
  let server = await startApp(PORT, env);
  const sizes = [];
  for (const p of [page, ceiling]) sizes.push(Buffer.byteLength(await (await fetch(`${BASE}${p}`)).text()));
  await server.stop();
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, "same-size.html"), "x".repeat(sizes[0]));
  writeFileSync(path.join(staticDir, "ceiling-size.html"), "x".repeat(sizes[1]));
  server = await startApp(PORT, env);
  try {
    const html = await (await fetch(`${BASE}${page}`)).text(); // warms the cache
    await waitFor(`${BASE}/__bench/same-size.html`);

    const dynamicPage = await bench(`${BASE}${page}`);
    const staticFile = await bench(`${BASE}/__bench/same-size.html`);
    const ceilingPage = await bench(`${BASE}${ceiling}`);
    const ceilingFile = await bench(`${BASE}/__bench/ceiling-size.html`);
    const js = await firstLoadJs(page);
    const lh: Record<string, Awaited<ReturnType<typeof lighthouse>>> = {};
    for (const p of ["/", "/instansi", page]) lh[p] = await lighthouse(`${BASE}${p}`);

    console.log(`\nThroughput (autocannon -c ${CONNECTIONS} -d ${DURATION}, loopback, page ${Buffer.byteLength(html)} bytes)`);
    console.table({
      [page]: { "req/s": Math.round(dynamicPage.rps), "p99 ms": dynamicPage.p99, errors: dynamicPage.errors },
      "static file, same size": { "req/s": Math.round(staticFile.rps), "p99 ms": staticFile.p99, errors: staticFile.errors },
    });
    console.log(`ratio (page / static), req/s: ${(dynamicPage.rps / staticFile.rps).toFixed(2)} · p99 static/page: ${(staticFile.p99 / dynamicPage.p99).toFixed(2)}`);
    console.log(`\nCeiling: ${ceiling}, prerendered at build, no data (${sizes[1]} bytes), against a file of its size`);
    console.table({
      [ceiling]: { "req/s": Math.round(ceilingPage.rps), "p99 ms": ceilingPage.p99, errors: ceilingPage.errors },
      "static file, same size": { "req/s": Math.round(ceilingFile.rps), "p99 ms": ceilingFile.p99, errors: ceilingFile.errors },
    });
    console.log(`ratio (page / static), req/s: ${(ceilingPage.rps / ceilingFile.rps).toFixed(2)}`);
    console.log(`\nFirst-load JavaScript of ${page}: ${js.kib} KiB gzipped in ${js.scripts} scripts`);
    console.log("\nLighthouse (mobile)");
    console.table(lh);
  } finally {
    await server.stop();
    rmSync(staticDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.lock`, { force: true });
  }
}

await main();
