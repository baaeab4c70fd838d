// npm run bench:edge — the production edge (deploy/nginx, nginx from Debian) in front of two
// instances of the built app on one PostgreSQL database, all on loopback, bounded. Prints:
//   1. a public page through the edge vs the same nginx serving a static file of its size
//      (requests per second and p99, as ratios);
//   2. an edit's time to show through the edge (a published result imported, then the page
//      and the API read through the edge until they hold it);
//   3. staff writes (one published result per import) with 200 readers through the edge for
//      60 s: p50 and p99, errors, and whether every acknowledged write is stored and shown;
//   4. the public pages the edge still serves once both instances are stopped.
// Each figure is checked against its target; the exit code says whether all were met. The
// load generator runs at a lower priority (nice 10) than the servers it measures.
//
//   DATABASE_URL=postgresql://… npm run bench:edge   (a scratch database: migrated, seeded and written to)
//   EDGE_BENCH_PORT (3451, nginx) EDGE_BENCH_APP_PORT (3410, and the next) EDGE_BENCH_SECONDS (60)
//   EDGE_BENCH_READERS (200) EDGE_BENCH_WRITERS (10) EDGE_BENCH_THROUGHPUT_SECONDS (8, per round, two rounds)
//   EDGE_BENCH_WRITE_RATE (unset: closed loop, as bench:load): imports per second per writer
// Needs a build (`npm run build`) and nginx (/usr/sbin/nginx, or EDGE_NGINX).
import autocannon from "autocannon";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, setPriority, tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEdge, type Edge } from "../../deploy/edge";
import { importAnswer } from "../import-file";
import { adminCookie, load, prepareDatabase, startApp, type App } from "./server";
import { READS, summary, writes, type Institution, type Written } from "./site-load";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL to a scratch PostgreSQL database (it is written to).");
const EDGE_PORT = Number(process.env.EDGE_BENCH_PORT ?? 3451);
const APP_PORT = Number(process.env.EDGE_BENCH_APP_PORT ?? 3410);
const SECONDS = Number(process.env.EDGE_BENCH_SECONDS ?? 60);
const READERS = Number(process.env.EDGE_BENCH_READERS ?? 200);
const WRITERS = Number(process.env.EDGE_BENCH_WRITERS ?? 10);
const THROUGHPUT_SECONDS = Number(process.env.EDGE_BENCH_THROUGHPUT_SECONDS ?? 8);
// Imports per second per writer; unset: each writer sends its next import as soon as the last is answered.
const WRITE_RATE = process.env.EDGE_BENCH_WRITE_RATE ? Number(process.env.EDGE_BENCH_WRITE_RATE) : undefined;
const TIMEOUT = 30;
const SECRET = process.env.BETTER_AUTH_SECRET ?? "edge-bench-only-secret-0123456789abcdef";
const PAGE = "/instansi/kota-pekalongan";
const STATIC = "/bench-static-copy.html";

const ms = (n: number) => `${Math.round(n)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results: { target: string; met: boolean }[] = [];
const check = (target: string, met: boolean) => results.push({ target, met });

async function main() {
  console.log(
    `Load average before: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")} (2 cores shared with whatever else runs)`,
  );
  await prepareDatabase(url!, { admin: true });
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const institutions = (
    await db.query<Institution>(`SELECT i.slug, i.name, i.type, p.name AS province FROM "Institution" i LEFT JOIN "Province" p ON p.code = i."provinceCode" ORDER BY i.slug`)
  ).rows;
  const staticDir = mkdtempSync(path.join(tmpdir(), "jejak-edge-static-"));
  chmodSync(staticDir, 0o755); // nginx's workers read it
  const apps: App[] = [];
  let edge: Edge | undefined;
  try {
    const base = `http://127.0.0.1:${EDGE_PORT}`;
    const env = { DATABASE_URL: url, BETTER_AUTH_SECRET: SECRET, PUBLIC_URL: base, TRUSTED_PROXY_HOPS: "1" };
    for (const port of [APP_PORT, APP_PORT + 1]) apps.push(await startApp(port, env));
    // The static copy is the page itself, as the edge serves it, from nginx's own file path.
    writeFileSync(path.join(staticDir, "page.html"), Buffer.from(await (await fetch(`${apps[0].base}${PAGE}`)).arrayBuffer()));
    edge = await startEdge({
      port: EDGE_PORT,
      apps: apps.map((a) => a.base.replace("http://", "")),
      unlimited: ["127.0.0.1"], // the load generator is one address; the rate limits are for the public
      extraLocations: `    location = ${STATIC} { alias ${path.join(staticDir, "page.html")}; default_type text/html; }`,
    });
    const cookie = await adminCookie(url!, base, SECRET);
    const {
      rows: [{ max }],
    } = await db.query<{ max: number | null }>(`SELECT max(year) AS max FROM "Evaluation"`);
    const file = writes(institutions, Math.max(2040, (max ?? 0) + 1));
    const acknowledged: Written[] = [];
    const refused: string[] = [];
    const answered = (status: number, body: string, row: Omit<Written, "batchId">) => {
      const last = importAnswer(body);
      if (status === 200 && last.result?.created === 1 && last.result.batchId) acknowledged.push({ ...row, batchId: last.result.batchId });
      else refused.push(`${status} ${row.slug} ${row.year}: ${last.error ?? (body.slice(0, 200) || "(empty body)")}`);
      return status === 200 && last.result?.created === 1;
    };
    const write = async (row = file.body()) => {
      const response = await fetch(`${base}/api/admin/import/commit`, { method: "POST", headers: { cookie, origin: base, "content-type": file.contentType }, body: row.body });
      return answered(response.status, await response.text(), row.row) ? row.row : null;
    };

    // Warm-up as in bench:load: every address read on each instance, one write through the edge to each.
    const readAll = async (at: string[]) => {
      for (const b of at) for (const p of READS) await (await fetch(`${b}${p}`)).arrayBuffer();
    };
    await readAll(apps.map((a) => a.base));
    await write();
    await write();
    await readAll(apps.map((a) => a.base));
    await new Promise((r) => setTimeout(r, 2000));
    await readAll([base]);

    // The servers (nginx, both instances, PostgreSQL) keep their priority; this process, the
    // load generator, yields to them, as readers on other machines would not take their CPU.
    setPriority(10);

    // 1. The edge's cached page against its static copy, two rounds each, alternating.
    const page: Awaited<ReturnType<typeof load>>[] = [];
    const copy: Awaited<ReturnType<typeof load>>[] = [];
    for (let round = 0; round < 2; round++) {
      page.push(await load(`${base}${PAGE}`, { connections: 20, duration: THROUGHPUT_SECONDS }));
      copy.push(await load(`${base}${STATIC}`, { connections: 20, duration: THROUGHPUT_SECONDS }));
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const pageRps = mean(page.map((r) => r.rps));
    const copyRps = mean(copy.map((r) => r.rps));
    const ratio = pageRps / copyRps;
    const p99Ratio = mean(copy.map((r) => r.p99)) / Math.max(1, mean(page.map((r) => r.p99)));
    const throughputErrors = [...page, ...copy].reduce((n, r) => n + r.errors, 0);
    console.log(`\n1. ${PAGE} through the edge vs a static file of its size from the same nginx (20 connections, 2 × ${THROUGHPUT_SECONDS} s each)`);
    console.table({
      "page through the edge": { "req/s": Math.round(pageRps), "p99 ms": mean(page.map((r) => r.p99)), errors: page.reduce((n, r) => n + r.errors, 0) },
      "static file": { "req/s": Math.round(copyRps), "p99 ms": mean(copy.map((r) => r.p99)), errors: copy.reduce((n, r) => n + r.errors, 0) },
    });
    console.log(`ratio (req/s): ${ratio.toFixed(2)}; p99 static/page: ${p99Ratio.toFixed(2)}`);
    check(`page/static req/s ratio ≥ 0.9 (${ratio.toFixed(2)})`, ratio >= 0.9);
    check(`no errors while measuring throughput (${throughputErrors})`, throughputErrors === 0);

    // 2. An edit's time to show through the edge: from the write's acknowledgement until the
    //    institution page and its API answer, read through the edge every 50 ms, both hold it.
    const visible: number[] = [];
    for (let i = 0; i < 5; i++) {
      const row = await write();
      if (!row) continue;
      const acked = performance.now();
      for (;;) {
        const [html, api] = await Promise.all([
          fetch(`${base}/instansi/${row.slug}`).then((r) => r.text()),
          fetch(`${base}/api/v1/institutions/${row.slug}`).then((r) => r.text()),
        ]);
        if (html.includes(row.source) && api.includes(row.source)) break;
        if (performance.now() - acked > 30_000) throw new Error(`${row.slug} ${row.year} not visible through the edge after 30 s`);
        await new Promise((r) => setTimeout(r, 50));
      }
      visible.push(performance.now() - acked);
      await new Promise((r) => setTimeout(r, 1000));
    }
    console.log(`\n2. Edit visible through the edge: ${visible.map(ms).join(", ")} (median ${ms(median(visible))}, max ${ms(Math.max(...visible))})`);
    check(`edit visible ≤ 2 s (max ${ms(Math.max(...visible))}, ${visible.length}/5 writes)`, visible.length === 5 && Math.max(...visible) <= 2000);

    // 3. Staff writes while 200 readers read through the edge.
    acknowledged.length = 0;
    refused.length = 0;
    console.log(
      `\n3. ${SECONDS} s: ${READERS} readers over ${READS.length} addresses and ${WRITERS} writers (${WRITE_RATE ? `${WRITE_RATE} imports/s each` : "each sending its next import once answered"}), all through the edge …`,
    );
    const readers = autocannon({ url: base, connections: READERS, duration: SECONDS, timeout: TIMEOUT, requests: READS.map((p) => ({ path: p })) });
    const writers = autocannon({
      url: `${base}/api/admin/import/commit`,
      connections: WRITERS,
      duration: SECONDS,
      timeout: TIMEOUT,
      connectionRate: WRITE_RATE,
      method: "POST",
      headers: { cookie, origin: base, "content-type": file.contentType },
      requests: [
        {
          setupRequest: (request, context) => {
            const { body, row } = file.body();
            (context as { row?: typeof row }).row = row;
            return { ...request, body };
          },
          onResponse: (status, body, context) => void answered(status, body, (context as { row?: Omit<Written, "batchId"> }).row!),
        },
      ],
    });
    const [read, written] = await Promise.all([readers, writers]);
    const stored = await db.query<{ batchId: string }>(
      `SELECT a."batchId" FROM "AuditEntry" a JOIN "Evaluation" e ON e.id = a."entityId"
        WHERE a."batchId" = ANY($1::text[]) AND a."entityType" = 'evaluation' AND e.publication = 'published'`,
      [acknowledged.map((w) => w.batchId)],
    );
    const storedIds = new Set(stored.rows.map((r) => r.batchId));
    const missing = acknowledged.filter((w) => !storedIds.has(w.batchId));
    await new Promise((r) => setTimeout(r, 2000)); // the freshness contract: shown through the edge within 2 s
    const sample = acknowledged.filter((_, i) => i % Math.max(1, Math.floor(acknowledged.length / 25)) === 0);
    const invisible: string[] = [];
    for (const w of sample) {
      const body = await (await fetch(`${base}/api/v1/institutions/${w.slug}`)).text();
      if (!body.includes(w.source)) invisible.push(`${w.slug} ${w.year}`);
    }
    console.table({ "readers (through the edge)": summary(read), "writers (one published result per import)": summary(written) });
    console.log(
      `Acknowledged writes: ${acknowledged.length}; missing from the database: ${missing.length}; refused: ${refused.length}; shown through the edge: ${sample.length - invisible.length}/${sample.length} sampled`,
    );
    for (const line of [...refused.slice(0, 5), ...invisible.slice(0, 5)]) console.log(`  ${line}`);
    const loadErrors = summary(read).errors + summary(written).errors + refused.length;
    check(`writes p99 ≤ 1 s (${ms(written.latency.p99)})`, written.latency.p99 <= 1000);
    check(`no errors under load (${loadErrors})`, loadErrors === 0);
    check(
      `every acknowledged write stored (${missing.length} missing of ${acknowledged.length}) and shown (${invisible.length} not)`,
      acknowledged.length > 0 && missing.length === 0 && invisible.length === 0,
    );

    // 4. Both instances stopped: the edge answers from what it holds.
    for (const app of apps.splice(0)) await app.stop();
    let served = 0;
    for (const p of READS) {
      const response = await fetch(`${base}${p}`);
      const body = await response.text();
      if (response.status === 200 && body.length > 500) served++;
      else console.log(`  ${p}: ${response.status}`);
    }
    console.log(`\n4. Both instances stopped: ${served}/${READS.length} public addresses served by the edge`);
    check(`pages served with both instances stopped (${served}/${READS.length})`, served === READS.length);
  } finally {
    await edge?.stop();
    for (const app of apps) await app.stop();
    await db.end();
    rmSync(staticDir, { recursive: true, force: true });
  }
  console.log(
    `\nLoad average after: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  );
  console.log("\nTargets");
  for (const r of results) console.log(`  ${r.met ? "met " : "MISSED"}  ${r.target}`);
  if (results.some((r) => !r.met)) process.exitCode = 1;
}

await main();
